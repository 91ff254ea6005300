import type { FieldType } from '../../../shared/fields/field-types';
import {
  birthDayBeforeMonthAndYear,
  birthPartsInLine,
  birthPartsInOwnCells,
  container,
  isDatePart,
} from './birth-part-grammars';
import { ADDRESS_PARTS, type DetectedField } from './detected-field';
import { ENGLISH } from './heuristic-rules';
import { PART_WORD } from './label-evidence';
import {
  englishNameWhole,
  englishOfOtherName,
  firstNameOfRole,
  namePartOf,
  namePartsAfterTitle,
  namePartsOfListedCaption,
  thaiBesideEnglish,
} from './name-grammars';
import { normalizeLabel } from './normalize-label';
import { oldAndNewInOneRow, readOnly, TEXTUAL } from './old-new-row';
import { birthPartOf, sniffOptions } from './option-sniffing';
import { boxGroup, PRINTED_SHAPES } from './unlabelled-id-boxes';
import { contextVerdict } from './whose-form';

/**
 * Second pass over heuristic guesses that share one label: split citizen-ID boxes, ชื่อ-นามสกุล over two inputs (with
 * a title select), and day/month/year triples. Selects are also checked against what their options say.
 */
export function applyGrammars(fields: DetectedField[]): void {
  for (const f of fields) {
    if (f.source !== 'heuristic' || !(f.element instanceof HTMLSelectElement)) continue;
    const sniffed = sniffOptions(f.element);
    if (sniffed === 'blood') Object.assign(f, { type: null, confidence: 0 });
    else if (
      sniffed &&
      // Day, month and year lists are only a birth date where a label says birth: elsewhere they are the dates of
      // orders, courses or fiscal years.
      ((f.type === null && !isDatePart(sniffed)) ||
        f.type === sniffed ||
        (isDatePart(sniffed) && (f.type === 'birthDate' || isDatePart(f.type ?? ''))) ||
        sniffed === 'title' ||
        sniffed === 'titleEn')
    ) {
      // (a list of Thai titles is the Thai title under a label merely written in English, "Title"; only one that asks
      // for English, "Title (English)", wants the English title)
      const english = f.type?.endsWith('En') && sniffed === 'title' && ENGLISH.test(normalizeLabel(f.label));
      Object.assign(f, { type: english ? 'titleEn' : sniffed, confidence: Math.max(f.confidence, 0.8) });
      if (f.scope === null) f.scope = 'subject';
    }
  }
  const groups = new Map<Element, DetectedField[]>();
  for (const f of fields) {
    const c = f.source === 'heuristic' ? (boxGroup(f) ?? container(f)) : null;
    if (c) groups.set(c, [...(groups.get(c) ?? []), f]);
  }
  for (const all of groups.values()) {
    // One label for several controls: the label's type is that of the first control that carries it.
    const lead = all.find((f) => f.type !== null);
    const group = all.filter(
      (f) =>
        !(f.element instanceof HTMLInputElement && ['hidden', 'submit', 'button'].includes(f.element.type)),
    );
    const from = lead ? group.indexOf(lead) : -1;
    if (!lead || from < 0 || group.length < 2) continue;
    const inherit = { scope: lead.scope, confidence: lead.confidence };
    // The boxes that continue the lead's label: the same label, none, a "-" between ID boxes, or a date part.
    let end = from + 1;
    while (end < group.length && continues(group[end] as DetectedField, lead)) end++;
    const run = group.slice(from, end);
    const texts = run.filter(TEXTUAL);
    const nameLead = texts.find((f) => f.type === 'fullName' || f.type === 'fullNameEn');
    if (lead.type === 'citizenId' && run.length > 1 && texts.length === run.length) {
      const parts = run.map((f) =>
        f.element instanceof HTMLInputElement && f.element.maxLength > 0 ? f.element.maxLength : 0,
      );
      // (boxes with no length of their own in the ID's printed shape, 5 or 13 of them, are that shape: 1-4-5-2-1)
      const shape = parts.every((n) => n === 0) ? PRINTED_SHAPES[run.length] : undefined;
      const complete =
        (parts.every((n) => n > 0) && parts.reduce((a, b) => a + b, 0) === 13) || shape !== undefined;
      run.forEach((f, i) => {
        Object.assign(f, inherit, {
          type: 'citizenId',
          part: i,
          ...(complete ? { parts: shape ?? parts } : { confidence: 0.5 }),
        });
      });
    } else if (
      (lead.type === 'fullName' || lead.type === 'fullNameEn') &&
      texts.length === 2 &&
      // the second box must have no label of its own ("ชื่อ-สกุล [ ] ตำแหน่ง [ ]" is two fields, not one name)
      (texts[1]?.label === lead.label || (texts[1]?.type === null && !texts[1]?.label))
    ) {
      const en = lead.type === 'fullNameEn';
      const [first, last] = texts;
      if (first) Object.assign(first, inherit, { type: en ? 'firstNameEn' : 'firstName' });
      if (last) Object.assign(last, inherit, { type: en ? 'lastNameEn' : 'lastName' });
    } else if (nameLead && texts.length >= 2) {
      // "ชื่อ-นามสกุล (ภาษาอังกฤษ) [Mr.] [First name] [Middle name] [Last name]": each box's own hint names its part;
      // when the hints do not tell every box apart, none of them is the whole name either
      const en = nameLead.type === 'fullNameEn';
      const parts = texts.map(namePartOf);
      const distinct = new Set(parts).size === parts.length && parts.every((p) => p !== null);
      texts.forEach((f, i) => {
        const part = parts[i];
        if (distinct && part)
          Object.assign(f, {
            scope: nameLead.scope,
            confidence: nameLead.confidence,
            type: en ? `${part}En` : part,
          });
        else Object.assign(f, { confidence: Math.min(f.confidence, 0.5) });
      });
    } else if (lead.type === 'birthDate' && run.length >= 3) {
      // "เกิดวันที่ [ ] เดือน [ ] พ.ศ. [ ] อายุ [ ]": the lead and the two boxes captioned as its parts
      const order: FieldType[] = ['birthDay', 'birthMonth', 'birthYear'];
      run.slice(0, 3).forEach((f, i) => {
        const sniffed = f.element instanceof HTMLSelectElement ? sniffOptions(f.element) : null;
        Object.assign(f, inherit, { type: sniffed && isDatePart(sniffed) ? sniffed : order[i] });
      });
    }
  }
  birthPartsInLine(fields);
  splitIdAcrossCells(fields);
  namesOfOnePerson(fields);
  // a select cannot hold a whole date: one the label calls the birth date is the part its options list
  // (nor a card's date: its day, month and year lists are parts the fill does not split a date into)
  for (const f of fields)
    if (f.source === 'heuristic' && f.type === 'birthDate' && f.element instanceof HTMLSelectElement)
      f.type = birthPartOf(f.element) ?? f.type;
    else if (
      f.source === 'heuristic' &&
      /^card(Issue|Expiry)Date$/.test(f.type ?? '') &&
      f.element instanceof HTMLSelectElement &&
      birthPartOf(f.element)
    )
      Object.assign(f, { type: null, confidence: 0 });
  birthPartsInOwnCells(fields);
  birthDayBeforeMonthAndYear(fields);
  oldAndNewInOneRow(fields);
  namePartsOfListedCaption(fields);
  namePartsAfterTitle(fields);
  firstNameOfRole(fields);
  issuerOfOtherDocument(fields);
  placesOfOtherDocument(fields);
  numberWithoutAddress(fields);
  englishOfOtherName(fields);
  thaiBesideEnglish(fields);
  englishNameWhole(fields);
  // Radio buttons sharing a name are one field: the group takes the type of its labelled member.
  const byName = new Map<string, DetectedField[]>();
  for (const f of fields) {
    if (f.element instanceof HTMLInputElement && f.element.type === 'radio' && f.element.name) {
      byName.set(f.element.name, [...(byName.get(f.element.name) ?? []), f]);
    }
  }
  for (const radios of byName.values()) {
    // "( ) ชาย ( ) หญิง": choices that are the sexes say what the group is, whatever caption it has or lacks
    // ("ชาย / Male": a bilingual choice is read by its Thai half)
    const labels = new Set(radios.map((f) => thaiHalf(normalizeLabel(f.label))));
    // ("( ) นาย ( ) นาง ( ) นางสาว": titles likewise, also where each choice's words stand before the next button)
    const titles = ['นาย', 'นาง', 'นางสาว', 'น.ส.'].filter((t) => labels.has(t)).length;
    const titlesEn = ['mr', 'mr.', 'mrs', 'mrs.', 'miss', 'ms', 'ms.'].filter((t) => labels.has(t)).length;
    const chosen =
      (labels.has('ชาย') && labels.has('หญิง')) || (labels.has('male') && labels.has('female'))
        ? 'sex'
        : titles >= 2
          ? 'title'
          : titlesEn >= 2
            ? 'titleEn'
            : null;
    if (chosen)
      for (const f of radios)
        if (f.source === 'heuristic' && (f.type === null || f.type === chosen))
          Object.assign(f, {
            type: chosen,
            scope: f.scope ?? 'subject',
            confidence: Math.max(f.confidence, 0.8),
          });
    const lead = radios.find((f) => f.type !== null);
    // radio buttons choose among fixed answers: a sex or a title, never a name, an address part or a number
    // ("สำหรับจังหวัด: ผลการพิจารณา ( ) อนุมัติ ( ) ไม่อนุมัติ" is no province)
    if (lead?.source === 'heuristic' && !['sex', 'title', 'titleEn'].includes(lead.type ?? ''))
      for (const f of radios) Object.assign(f, { type: null, confidence: 0 });
    else if (lead)
      for (const f of radios)
        Object.assign(f, {
          type: lead.type,
          scope: lead.scope,
          confidence: lead.confidence,
          source: lead.source,
        });
  }
}

/** The Thai half of a bilingual caption, "เดือน/month" → "เดือน" (a caption without a Thai half stays whole). */
const thaiHalf = (label: string) =>
  /^[^a-z]*[ก-๛][^a-z]*\/ ?[a-z]/.test(label) ? (label.split(/ ?\/ ?(?=[a-z])/)[0] ?? label) : label;

const short = (f: DetectedField) =>
  f.element instanceof HTMLInputElement && f.element.maxLength > 0 && f.element.maxLength <= 5;

/** A box that carries on its group's label rather than starting a field of its own. */
function continues(f: DetectedField, lead: DetectedField): boolean {
  // (a box its own placeholder calls something else, "วันเกิด" after an ID under one caption, is no part of the ID)
  if (lead.type === 'citizenId' && f.type && f.type !== 'citizenId' && f.confidence >= 0.7) return false;
  // (a stored value shown read-only and the boxes to type the new one in are not one value's parts)
  if (readOnly(f) !== readOnly(lead)) return false;
  const label = normalizeLabel(f.label);
  // "เลขบัตร ชุดที่ 2" after "เลขบัตร ชุดที่ 1"; an ID's last box captioned as its check digit
  const base = (t: string) => t.replace(/ ?(ชุดที่|ส่วนที่|ช่องที่|part|box) ?\d+$/, '');
  return (
    label === normalizeLabel(lead.label) ||
    base(label) === base(normalizeLabel(lead.label)) ||
    !/[ก-ฮa-z]/.test(label) ||
    PART_WORD.test(label) ||
    // ("เดือน/Month", "ปี พ.ศ./Year (B.E.)": a bilingual part word, its Thai half first)
    PART_WORD.test(thaiHalf(label)) ||
    // (or the item's term the boxes share, "<dt>เลขประจำตัวประชาชน</dt>", on a one-digit box after one-digit boxes)
    (lead.type === 'citizenId' && f.type === 'citizenId' && short(f) && short(lead)) ||
    // (or the digits it holds: "หลักที่ 2-5", "หลักที่ 13", "4 หลักถัดไป", "5 หลักสุดท้าย")
    (lead.type === 'citizenId' &&
      (/check ?digit|หลักตรวจสอบ|หลัก ?(สุดท้าย|ถัดไป|ต่อไป|ที่เหลือ)|(next|last|remaining) \d+ digits/.test(label) ||
        DIGIT_POSITION.test(label)))
  );
}

/**
 * Citizen-ID boxes each in its own table cell (a printed form's 13 squares): consecutive one-label boxes whose
 * lengths add up to 13 are the parts of one ID.
 */
function splitIdAcrossCells(fields: DetectedField[]): void {
  let run: DetectedField[] = [];
  const flush = () => {
    const sizes = run.map((f) => (f.element instanceof HTMLInputElement ? f.element.maxLength : 0));
    const parts = sizes.every((n) => n > 0) ? sizes : run.length === 13 ? run.map(() => 1) : [];
    const lead = run[0];
    if (lead && run.length > 1 && parts.reduce((a, b) => a + b, 0) === 13)
      run.forEach((f, i) => {
        Object.assign(f, {
          type: 'citizenId',
          scope: lead.scope,
          confidence: lead.confidence,
          part: i,
          parts,
        });
      });
    run = [];
  };
  for (const f of fields) {
    if (f.source === 'heuristic' && f.type === 'citizenId' && f.part === null && TEXTUAL(f)) run.push(f);
    // ("[12 หลักแรก] [หลักที่ 13]": a box captioned only by the digits it holds goes on with the ID before it)
    else if (run.length > 0 && f.type === null && TEXTUAL(f) && DIGIT_POSITION.test(normalizeLabel(f.label)))
      run.push(f);
    else flush();
  }
  flush();
}

const DIGIT_POSITION = /^(หลักที่|digits?) ?\d+( ?- ?\d+)?$/;

/**
 * "ชื่อนักเรียน [ ] นามสกุลนักเรียน [ ]": a name box followed by the surname box of the same person (the same word
 * after ชื่อ and after (นาม)สกุล) is that person's first name, whoever the surname's scope says he is.
 */
function namesOfOnePerson(fields: DetectedField[]): void {
  for (let i = 0; i + 1 < fields.length; i++) {
    const [f, next] = [fields[i] as DetectedField, fields[i + 1] as DetectedField];
    if (f.source !== 'heuristic' || f.type !== null || !TEXTUAL(f)) continue;
    // "Name (English) [ ] Surname (English) [ ]": an English label's Name just before the surname is the first name
    if (
      /^name( \(|$)/.test(normalizeLabel(f.label)) &&
      (next.type === 'lastName' || next.type === 'lastNameEn')
    ) {
      const type = next.type === 'lastNameEn' ? 'firstNameEn' : 'firstName';
      Object.assign(f, { type, scope: next.scope, confidence: next.confidence });
      continue;
    }
    if (next.type !== 'lastName') continue;
    const who = /^ชื่อ ?([ก-๛].*)$/.exec(normalizeLabel(f.label))?.[1];
    if (who && !/^(นาม)?สกุล/.test(who) && /^(นาม)?สกุล ?(.+)$/.exec(normalizeLabel(next.label))?.[2] === who)
      Object.assign(f, { type: 'firstName', scope: next.scope, confidence: next.confidence });
    // "ชื่อผู้ขอเบิก [ ] นามสกุล [ ]": the surname after a name captioned by whose it is, and that name, are his
    else if (who && /^(นาม|ชื่อ)?สกุล$/.test(normalizeLabel(next.label))) {
      const whose = contextVerdict(who);
      const scope = whose === 'holder' ? next.scope : whose === 'person' ? 'other' : null;
      if (scope === null) continue;
      Object.assign(f, { type: 'firstName', scope, confidence: next.confidence });
      next.scope = scope;
    }
  }
}

const DOCUMENT =
  /หนังสือ|ใบอนุญาต|ใบสำคัญ|ใบรับรอง|หลักฐาน|นายทะเบียน|สูติบัตร|มรณบัตร|ทะเบียนสมรส|ใบขับขี่|ทะเบียนรถ|^เลขทะเบียน$|ป้ายทะเบียน|passport|licen[cs]e|certificate|plate/;

/**
 * "ออกโดย [ ]", "ออกให้ ณ [ ]", "วันหมดอายุ [ ]" issue and date every kind of document: right after another document's
 * number or date ("หนังสือสำคัญเลขที่ [ ] ออกโดย [ ]", "วันที่ออกใบอนุญาต [ ] วันหมดอายุ [ ]") and without the word
 * บัตร, they are that document's issuer and dates, not the ID card's.
 */
function issuerOfOtherDocument(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    if (f.source !== 'heuristic' || !f.type?.startsWith('card') || /บัตร|card/.test(normalizeLabel(f.label)))
      return;
    for (const g of fields.slice(Math.max(0, i - 3), i).reverse()) {
      if (g.type === 'citizenId' || g.type?.startsWith('card')) return;
      if (DOCUMENT.test(normalizeLabel(g.label))) {
        Object.assign(f, { type: null, confidence: 0 });
        return;
      }
    }
  });
}

/**
 * Where another document was issued ("หลักฐาน … เลขที่ [ ] ออกโดยนายทะเบียน อำเภอ [ ] จังหวัด [ ]"): the boxes after a
 * document's box on the same line are that document's number and office, not the holder's house and province (a
 * vehicle's plate too: "เลขทะเบียน [ ] จังหวัด [ ]").
 */
function placesOfOtherDocument(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    if (f.source !== 'heuristic' || !ADDRESS_PARTS.has(f.type ?? '')) return;
    const line = f.element.closest('p, li, tr, dd');
    for (const g of fields.slice(Math.max(0, i - 3), i).reverse()) {
      if (
        !line ||
        g.element.closest('p, li, tr, dd') !== line ||
        g.type === 'citizenId' ||
        g.type?.startsWith('card')
      )
        return;
      if (DOCUMENT.test(normalizeLabel(g.label))) {
        Object.assign(f, { type: null, confidence: 0 });
        return;
      }
    }
  });
}

/**
 * A bare "เลขที่" is a house number only among the parts of an address: next to its หมู่, ซอย, ถนน or ตำบล.
 * Alone ("เล่มที่ [ ] เลขที่ [ ]" of a certificate, the number of a request) it is a document's number; with a book
 * or a receipt in its caption it always is. A หมู่ captioned with more than its number word, far from any address
 * part, is where something happened.
 */
function numberWithoutAddress(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    // ("หมู่ที่ประสบภัย [ ]" alone: the village an event happened in, not a part of anyone's address)
    if (f.source === 'heuristic' && f.type === 'moo' && !/^หมู่(ที่)?$/.test(normalizeLabel(f.label))) {
      const near = fields.slice(Math.max(0, i - 3), i + 4);
      if (!near.some((g) => g !== f && ADDRESS_PARTS.has(g.type ?? '')))
        Object.assign(f, { type: null, confidence: 0 });
      return;
    }
    if (f.source !== 'heuristic' || f.type !== 'houseNo') return;
    // ("ใบเสร็จรับเงินเล่มที่ / เลขที่ [ ] / [ ]": a receipt's book and number, wherever it sits)
    if (/เล่มที่|ใบเสร็จ|receipt/.test(normalizeLabel(f.label))) {
      Object.assign(f, { type: null, confidence: 0 });
      return;
    }
    if (normalizeLabel(f.label) !== 'เลขที่') return;
    const near = fields.slice(Math.max(0, i - 2), i + 4);
    if (!near.some((g) => g.type !== 'houseNo' && ADDRESS_PARTS.has(g.type ?? '')))
      Object.assign(f, { type: null, confidence: 0 });
  });
}
