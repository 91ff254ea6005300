import type { FieldScope, FieldType } from '../../../shared/fields/field-types';
import { type FormControl, isReadOnlyBox } from './detected-field';
import { ENGLISH, NEVER_FILL, NOT_FROM_CARD, OTHER_PERSON, RULES } from './heuristic-rules';
import { type Evidence, type EvidenceSource, rowOwnerCaption } from './label-evidence';
import { listCaptionType } from './list-captions';
import { splitLabel } from './normalize-label';
import { AS_ON_CARD, contextVerdict, namesOld, OLD_VALUE } from './whose-form';

const WEIGHT: Record<EvidenceSource, number> = {
  label: 1,
  aria: 0.95,
  tableColumn: 0.9,
  definition: 0.9,
  headerRow: 0.8,
  sibling: 0.75,
  placeholder: 0.7,
  // the accessible name of a box nothing else names (a tooltip-only grid): above the fill threshold since the dev21 round
  title: 0.75,
  name: 0.55,
};

const TO_ENGLISH: Partial<Record<FieldType, FieldType>> = {
  title: 'titleEn',
  firstName: 'firstNameEn',
  middleName: 'middleNameEn',
  lastName: 'lastNameEn',
  fullName: 'fullNameEn',
};

export interface Classification {
  type: FieldType | null;
  scope: FieldScope | null;
  confidence: number;
  /** two types that the evidence supports equally (e.g. "จังหวัด/อำเภอ"): the officer is asked, nothing is guessed */
  alternatives?: FieldType[];
  /** only its name or id says it is someone else's (heir_fname): a section that names the holder overrules that */
  otherByName?: true;
}

/** Evidence that is the box's own caption rather than its row's, column's or item's. */
const OWN = new Set<EvidenceSource>(['label', 'aria', 'sibling', 'placeholder', 'title']);
const HEADS = new Set<EvidenceSource>(['definition', 'headerRow', 'tableColumn']);

/** An item's number before its caption ("๒. หมู่ที่", "3) ถนน"): not part of what the box is. */
const ITEM_NUMBER = /^\(?[0-9๐-๙]{1,2}[.)] ?/;

const NEW_VALUE = / ?(ใหม่|new)$/;
// "ชื่อ / First name" and "ชื่อ First name" (the English in a span of its own)
const BILINGUAL = /(?<=[ก-๙].*) ?(\/ ?)?[a-z][a-z .]*$/;
const CITIZEN_ID = /^เลขประจำตัวประชาชน|^เลขบัตรประชาชน/;
/**
 * A taxpayer's number and nothing else ("เลขประจำตัวผู้เสียภาษีอากร", "… (13 หลัก)"): a Thai person's tax ID is his
 * citizen ID (the Revenue Department has used it since 2012); whose box it is, an organisation's or a person's, the
 * page's sections say. Not one that names its owner ("… ของนิติบุคคล", "… ผู้มีเงินได้").
 */
const PERSON_TAX_ID = /^(เลข|หมายเลข) ?(ประจำตัว ?)?ผู้เสียภาษี(อากร)?( ?\(?13 ?หลัก\)?)?( ?\/ ?tax id)?$/;

/** Scores closer than this are a close call. */
const CLOSE_CALL = 0.05;

const UNKNOWN: Classification = { type: null, scope: null, confidence: 0 };

// Per text, what each rule says: 1 match, -1 vetoed, 0 silent. Labels repeat across a page, so this is cached.
const labelCache = new Map<string, Int8Array>();
const nameCache = new Map<string, Int8Array>();

function labelVerdicts(text: string): Int8Array {
  let v = labelCache.get(text);
  if (!v) {
    v = Int8Array.from(RULES, (rule) =>
      rule.positive.test(text) ? (rule.negative?.test(text) ? -1 : 1) : 0,
    );
    if (labelCache.size > 5000) labelCache.clear();
    labelCache.set(text, v);
  }
  return v;
}

function nameVerdicts(text: string): Int8Array {
  let v = nameCache.get(text);
  if (!v) {
    v = Int8Array.from(RULES, (rule) => (rule.name?.test(text) ? 1 : 0));
    if (nameCache.size > 5000) nameCache.clear();
    nameCache.set(text, v);
  }
  return v;
}

const RULE_TYPES = RULES.map((r) => r.type);

/** "First name (Thai script)", "Last name (in Thai)": an English label that asks for the Thai name. */
const THAI_SCRIPT = /thai|ไทย/;

/** A bracketed Thai note that translates an English label, not one that qualifies it ("(ตามบัตรประชาชน)", "(ถ้ามี)"). */
const translates = (note: string) =>
  /[ก-๙]/.test(note) &&
  !/^(ตาม|ถ้า|หาก|ระบุ|เช่น|กรณี|ไม่|โปรด|กรุณา|ที่ปรากฏ|สำหรับ|เฉพาะ|(ภาษา)?(อังกฤษ|ไทย)$)/.test(note);

/** Scores one control against the rules; the strongest evidence source decides, negatives veto. */
export function classify(el: FormControl, evidence: readonly Evidence[]): Classification {
  if (
    el instanceof HTMLInputElement &&
    ['password', 'hidden', 'submit', 'button', 'image', 'file', 'reset', 'search', 'checkbox'].includes(
      el.type,
    ) &&
    // (but a UI kit's select: Ant Design draws its list over an <input type="search" role="combobox">)
    !(
      el.type === 'search' &&
      el.getAttribute('role') === 'combobox' &&
      el.getAttribute('aria-haspopup') === 'listbox'
    )
  ) {
    return UNKNOWN;
  }
  // "ชื่อใหม่" on a correction form asks for the current name: the qualifier is dropped before matching.
  // "ชื่อ (ไทย) / First name (Thai)": a bilingual label is read by its Thai half.
  const texts = evidence.flatMap((e) => {
    const split = splitLabel(e.text);
    const read = {
      ...e,
      ...split,
      // (a header's number makes it a section's title, "2. ที่อยู่ติดต่อ" over a LINE ID box: kept there)
      // ("๑. ชื่อ-นามสกุล ผู้รับเงิน": a row's own caption numbered as an item of the form is the item too)
      main: (OWN.has(e.source) || e.source === 'tableColumn'
        ? split.main.replace(ITEM_NUMBER, '')
        : split.main
      )
        .replace(BILINGUAL, '')
        .replace(NEW_VALUE, '')
        .replace(/^(correct|corrected|new) /, ''),
      translated: false,
    };
    // "First name (ชื่อ)", "ID No. (เลขประจำตัวประชาชน)": an English label with its Thai in brackets is a Thai form's
    // bilingual label. The Thai reads as evidence too, and the English alone does not make it the English name.
    const thai = e.source === 'name' || /[ก-๙]/.test(read.main) ? [] : split.notes.filter(translates);
    // ("Mobile No. (หมายเลขที่ขาย)": where the Thai names none of the card's fields, the English alone does not either)
    const english =
      thai.length > 0 && thai.every((t) => labelVerdicts(t).every((v) => v === 0)) ? '' : read.main;
    return [
      { ...read, main: english, translated: thai.length > 0 },
      ...thai.map((t) => ({ ...read, main: t, notes: [] })),
    ];
  });
  // "เลขประจำตัวผู้เสียภาษีอากร (เลขประจำตัวประชาชน)": a person's tax ID is his citizen ID when the label says so.
  for (const e of texts)
    if (NEVER_FILL.test(e.main) && e.notes.some((n) => CITIZEN_ID.test(n)))
      e.main = e.notes.find((n) => CITIZEN_ID.test(n)) ?? e.main;
    else if (PERSON_TAX_ID.test(e.main)) e.main = 'เลขประจำตัวประชาชน';
  if (texts.some((e) => e.source !== 'name' && (NEVER_FILL.test(e.main) || NOT_FROM_CARD.test(e.text))))
    return UNKNOWN;
  if (el instanceof HTMLInputElement && el.type === 'email')
    return { type: 'email', ...scopeOf(texts, isReadOnlyBox(el)), confidence: 0.95 };

  let best: { type: FieldType; score: number } | null = null;
  let second: { type: FieldType; score: number } | null = null;
  const verdicts = texts.map((e) => {
    if (e.source === 'name') return nameVerdicts(e.text);
    const listed = listCaptionType(el, e.main, RULE_TYPES, labelVerdicts);
    if (listed === undefined) return labelVerdicts(e.main);
    return Int8Array.from(RULES, (r) =>
      (Array.isArray(listed) ? listed.includes(r.type) : r.type === listed) ? 1 : 0,
    );
  });
  // "<dt>วันเดือนปีเกิด</dt><dd>[ ] โทรศัพท์มือถือ</dd>": a box's own caption that names a field says what it is; the
  // item's term then only says whose it is
  const ownTyped = texts.some((e, i) => OWN.has(e.source) && (verdicts[i] as Int8Array).some((v) => v > 0));
  // "[ ] ตำแหน่ง" right after "[ ]-[ ]-[ ] เลขประจำตัวประชาชน": a box its own label names as something else is not
  // what the text before it says
  const labelledElse =
    texts.some(
      (e, i) =>
        e.source === 'label' &&
        /[ก-๛a-z]{3}/.test(e.main) &&
        !/^(วัน|เดือน|ปี|พ\.ศ|ค\.ศ|day|month|year)/.test(e.main) &&
        (verdicts[i] as Int8Array).every((v) => v === 0),
    ) && !(el instanceof HTMLInputElement && el.type === 'radio');
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r] as (typeof RULES)[number];
    let score = 0;
    for (let i = 0; i < texts.length; i++) {
      if (ownTyped && HEADS.has((texts[i] as Evidence).source)) continue;
      if (labelledElse && (texts[i] as Evidence).source === 'sibling') continue;
      const verdict = verdicts[i]?.[r] ?? 0;
      if (verdict === 0) continue;
      if (verdict < 0) {
        score = -1; // the nearest matching evidence says "not this": veto
        break;
      }
      score = Math.max(score, WEIGHT[(texts[i] as Evidence).source]);
    }
    if (score > (best?.score ?? 0)) {
      second = best;
      best = { type: rule.type, score };
    } else if (score > (second?.score ?? 0)) {
      second = { type: rule.type, score };
    }
  }
  if (!best) return UNKNOWN;
  // a list cannot hold a typed-in number or address: "ประเภทอีเมล [ส่วนตัว ▾]" picks what kind the next box is
  if (el instanceof HTMLSelectElement && TYPED_IN.has(best.type)) return UNKNOWN;
  // (a part of the birth date against the whole date is no close call: "ปีเกิด พ.ศ." under "วันเกิด (วัน/เดือน/ปี)")
  const close =
    second !== null &&
    second.score > 0 &&
    best.score - second.score < CLOSE_CALL &&
    !(second.type === 'birthDate' && /^birth(Day|Month|Year)$/.test(best.type));
  // A name label in English ("First name") or one that says ภาษาอังกฤษ asks for the English name.
  const english = texts.some(
    (e) =>
      e.source !== 'name' &&
      (ENGLISH.test(e.main) ||
        e.notes.some((n) => ENGLISH.test(n)) ||
        (!e.translated && /^[a-z][a-z ./-]*$/.test(e.main) && !e.notes.some((n) => THAI_SCRIPT.test(n)))),
  );
  const type = english ? (TO_ENGLISH[best.type] ?? best.type) : best.type;
  if (close && second) {
    // Below the fill threshold: offered to the officer with both meanings, never filled on a guess.
    return {
      type,
      ...scopeOf(texts, isReadOnlyBox(el)),
      confidence: Math.min(best.score, 0.6),
      alternatives: [type, second.type],
    };
  }
  // the row's caption may say whose the boxes of its cell are, each captioned with what it is
  const owner = rowOwnerCaption(el);
  return {
    type,
    ...(owner && saysOther(owner) ? { scope: 'other' } : scopeOf(texts, isReadOnlyBox(el))),
    confidence: best.score,
  };
}

/** Values only ever typed in, never picked from a list. */
const TYPED_IN = new Set<FieldType>(['email', 'phone', 'mobile', 'citizenId']);

/** name/id attributes that say whose field it is (spouse_fname, txtFatherName, guarantor_cid). */
const OTHER_NAME =
  /father|mother|spouse|wife|husband|child|kid|daughter|guarant|witness|approv|recorder|emergency|heir|proxy|superv|deceased|patient|benefic|coordinator|committee/i;

// ('role': a field labelled with a role, "เบอร์ติดต่อผู้ประสานงาน", is that role's, whoever holds it)
const NOT_HIS = new Set(['person', 'role', 'unnamedRole', 'organisation', 'search', 'records']);

/** The label's own word on whose field it is: บิดา, ผู้อนุมัติ, หน่วยงาน, ค้นหา, ปีที่สำเร็จ, …เดิม say not the holder's. */
const saysOther = (t: string, asOnCard = false) =>
  OTHER_PERSON.test(t) || (!asOnCard && OLD_VALUE.test(t)) || NOT_HIS.has(contextVerdict(t));

/** A header over the old and the new values both ("เดิม / ใหม่"): each box's own caption says which it holds. */
const BOTH_VALUES = /เดิม.*(ใหม่|แก้ไขเป็น)|\bold\b.*\bnew\b/;

function scopeOf(
  texts: ReadonlyArray<{ source: EvidenceSource; text: string; main: string; notes: string[] }>,
  stored: boolean,
): { scope: FieldScope; otherByName?: true } {
  // "ชื่อ-สกุล (ผู้รับรอง)": whose field it is may sit in the parenthetical note
  // (an editable old_fname is one to fill: "ชื่อเดิม (ตามบัตรประชาชน)", the address a mover leaves, both on his card)
  const onCard = !stored || texts.some((e) => e.source !== 'name' && AS_ON_CARD.test(e.text));
  const says = texts.filter((e) =>
    e.source === 'name'
      ? OTHER_NAME.test(e.text) || (!onCard && namesOld(e.text))
      : // ("พิมพ์เพื่อค้นหา" in a province box is a type-ahead list's hint, not a search form's box)
        e.source === 'placeholder' && contextVerdict(e.main) === 'search'
        ? false
        : // ("ผู้ยื่นคำขอ (ผู้ปกครอง)": the one filing, who is the child's guardian, is the holder; "ผู้เข้าพัก 1 (ผู้จอง)":
          // the first guest, who books, is too)
          contextVerdict(e.text) !== 'holder' &&
          (saysOther(e.main, AS_ON_CARD.test(e.text) || BOTH_VALUES.test(e.text)) ||
            e.notes.some((n) => saysOther(n))),
  );
  if (says.length === 0) return { scope: 'subject' };
  // (an old value by its name stays someone else's: a holder's section does not make his past value a box to fill)
  if (says.every((e) => e.source === 'name') && (onCard || !says.some((e) => namesOld(e.text))))
    return { scope: 'other', otherByName: true };
  return { scope: 'other' };
}
