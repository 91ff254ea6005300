import type { FieldType } from '../../../shared/fields/field-types';
import { addressRuns, bareNumbers } from './address-runs';
import { cardDatesNearTheCard } from './card-dates';
import { contactsOnOtherPersonsLine } from './contact-lines';
import { ADDRESS_PARTS, boxCount, type DetectedField, OFFER_ONLY, showsStoredValue } from './detected-field';
import { labelEvidence, rowOwnerCaption } from './label-evidence';
import { normalizeLabel } from './normalize-label';
import type { PageSlots, Slot } from './page-slots';
import { boxesAfterRepeatedIdentity } from './repeated-people';
import { samePersonTicks } from './same-person-tick';
import { contextVerdict, OLD_VALUE, unnamedRoleOf } from './whose-form';

/** A box asking for a value again, to check it was typed right. */
const AGAIN =
  /อีกครั้ง|^ยืนยัน ?(เลข|อีเมล|หมายเลข|เบอร์|e-?mail)|^(confirm|re-?enter|retype) (your )?(id|e-?mail|phone|mobile)/;

/** One role named shorter or longer ("ผู้ป่วย", "ผู้ป่วยใหม่"). */
const sameRole = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Types that identify one person: two of them in the card holder's part mean two people, not one. */
const IDENTITY = new Set<FieldType>([
  'title',
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'titleEn',
  'firstNameEn',
  'middleNameEn',
  'lastNameEn',
  'fullNameEn',
  'citizenId',
  'birthDate',
  'birthDay',
  'birthMonth',
  'birthYear',
  'sex',
]);

/** Whether a typed box other than an identity comes between two boxes (the first person's address or phone). */
const wentOn = (fields: readonly DetectedField[], a: DetectedField, b: DetectedField) =>
  fields.some((g) => g.index > a.index && g.index < b.index && g.type !== null && !IDENTITY.has(g.type));

/** The identity boxes that begin a person's entry: his name or his ID. */
const NAMES_A_PERSON = new Set<FieldType>(['firstName', 'lastName', 'fullName', 'fullNameEn', 'citizenId']);

/** Where a read-only box showing a value can be the header of the holder's own record (not another's section). */
const HEADER_SLOTS = new Set(['holder', 'records']);

const NEW_LABEL = /ใหม่$|\bnew$/;

const TITLE_HOLDER: Slot = { kind: 'holder', index: 0, explicit: false };

/** The fields that name whose history a history page is, and his own birth date parts, sex and phone in its header. */
const WHOSE_RECORD = new Set<FieldType>([
  'title',
  'firstName',
  'lastName',
  'fullName',
  'firstNameEn',
  'lastNameEn',
  'fullNameEn',
  'citizenId',
  'birthDate',
  'birthDay',
  'birthMonth',
  'birthYear',
  'sex',
  'mobile',
  'phone',
]);

/**
 * Applies "whose form is this" to the heuristic guesses: only the card holder's slot keeps the subject scope;
 * other people's, organisations', search boxes and history rows become `other`; an unknown slot is offered, not
 * filled. Then, if an identity type still occurs in the holder's part more than once (two unnamed people, two
 * name boxes), only the one a heading explicitly gives to the holder is kept; otherwise none is filled.
 */
export function applySlots(fields: DetectedField[], { slots, columns, corrections }: PageSlots): void {
  const seen = new Map<string, DetectedField[]>();
  const radiosSeen = new Set<string>();
  // the holder's identity already on the page before a section named by an unknown role: that role is someone else
  // (the section where it was first seen)
  let firstRole: string | undefined;
  let holderIdentity: Slot | null = null;
  let holderRow: Element | null = null;
  let ownRoleGroup: DetectedField | null = null;
  for (const f of fields) {
    let slot = slots.get(f.element);
    // "LHR :: ข้อมูลบุตร" with "ชื่อ-สกุล ผู้มีสิทธิ [ ]" above the children's rows: a box whose own caption names the
    // holder is his where only the browser title said whose page it is (and the rest of that box's table row with it)
    if (slot?.byTitle && f.type !== null && f.source === 'heuristic') {
      const row = f.element.closest('tr');
      const verdict = contextVerdict(f.label);
      if (verdict === 'holder' || (row !== null && row === holderRow && verdict === 'neutral')) {
        slot = TITLE_HOLDER;
        f.scope = 'subject';
        holderRow = row;
      }
    }
    if (slot) f.slot = slot;
    if (slot && f.scope === 'other' && namesOwnRole(f, slot)) {
      f.scope = 'subject';
      ownRoleGroup = f.part === 0 || f.type === 'title' ? f : null;
    } else if (
      // (the bare name boxes after his title, "ข้อมูลผู้ค้ำประกัน [คำนำหน้า ▾] [ชื่อ] [นามสกุล]", that the title made his)
      ownRoleGroup?.type === 'title' &&
      /^(firstName|middleName|lastName)$/.test(f.type ?? '') &&
      f.scope === 'other' &&
      f.slot === ownRoleGroup.slot &&
      contextVerdict(f.label) === 'neutral'
    )
      f.scope = 'subject';
    else if (
      ownRoleGroup &&
      f.part !== null &&
      f.part > 0 &&
      f.type === ownRoleGroup.type &&
      f.slot === ownRoleGroup.slot
    )
      f.scope = 'subject'; // (the later boxes of a split ID the caption named him in: "เลขประจำตัวประชาชนนายจ้าง [ ]-[ ]-…")
    else if (f.part === null || f.part === 0) ownRoleGroup = null;
    // "2. ผู้ยื่นคำขอ (ทายาท)" over heir_fname: the section the page gives the holder outweighs a name attribute, unless
    // the holder's name or ID came before (then the one filing for him is someone else: a parent, a designated heir)
    if (slot?.kind === 'holder' && slot.explicit && f.otherByName && (holderIdentity ?? slot) === slot)
      f.scope = 'subject';
    if (f.source !== 'heuristic' || f.type === null || !slot || f.scope !== 'subject') continue;
    // a taxpayer's number is the holder's citizen ID only in a section a heading gives him (organisations have one
    // too), and not beside his citizen ID (then it is another number, "เลขประจำตัวผู้เสียภาษีอากร (ถ้ามี)")
    if (
      f.type === 'citizenId' &&
      taxIdOnly(f) &&
      (!(slot.kind === 'holder' && slot.explicit) ||
        fields.some((g) => g !== f && g.type === 'citizenId' && g.slot === slot && !taxIdOnly(g)))
    ) {
      Object.assign(f, { type: null, confidence: 0 });
      continue;
    }
    if (slot.kind === 'holder' && !slot.byRole && IDENTITY.has(f.type)) holderIdentity ??= slot;
    // ("ผู้สอบสวน" then "ผู้ประสบอันตราย": of two roles the vocabulary does not know, the first to name someone is the
    // page's own person, the second someone else; "ผู้ป่วยใหม่" and "ผู้ป่วย" are one role)
    if (slot.byRole && IDENTITY.has(f.type)) firstRole ??= slot.role;
    if (
      slot.byRole &&
      (holderIdentity || (firstRole !== undefined && !sameRole(slot.role ?? '', firstRole)))
    ) {
      f.scope = 'other';
      continue;
    }
    // a read-only box that already shows a value is the site's stored data (a correction form's current column), not
    // a box to fill
    // (but in the holder's own part the page's only box of its type, a history page's header "เลขประจำตัวประชาชน
    // [1509…] ชื่อ [นาย…]", shows whose record it is: his; the fill leaves a read-only box alone anyway)
    if (f.element instanceof HTMLInputElement && showsStoredValue(f.element)) {
      const header = HEADER_SLOTS.has(slot.kind) && !fields.some((g) => g !== f && g.type === f.type);
      if (!header) f.scope = 'other';
    } else if (slot.kind === 'unknown') f.confidence = Math.min(f.confidence, OFFER_ONLY);
    else if (slot.kind === 'records' && slot.explicit && WHOSE_RECORD.has(f.type)) {
      // under a history heading, the name and ID outside the rows say whose history it is: the holder's
    } else if (slot.kind !== 'holder') f.scope = 'other';
    if (f.scope !== 'subject' || !IDENTITY.has(f.type) || f.confidence < OFFER_ONLY) continue;
    // "ชื่อใหม่", the old and new columns of a correction table: the holder's own values, not a second person
    // (nor "ยืนยันเลขประจำตัวประชาชนอีกครั้ง": a box asking the same value again is the same field)
    if (
      corrections.has(f.element) ||
      NEW_LABEL.test(normalizeLabel(f.label)) ||
      AGAIN.test(normalizeLabel(f.label))
    )
      continue;
    const key = `${f.type}#${f.part ?? ''}`;
    const list = seen.get(key) ?? [];
    // the radio buttons of one group are one field
    const radio = radioName(f);
    if (radio === null || !radiosSeen.has(`${key}@${radio}`)) list.push(f);
    if (radio !== null) radiosSeen.add(`${key}@${radio}`);
    seen.set(key, list);
  }
  const doubtful = new Set<Slot>();
  const repeats = new Set<DetectedField>();
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    // (a name or an ID starts a person; a second date box is as likely a date of something else)
    // (and only once the first one's entry went on to his address or phone: two ID boxes side by side are one
    // person's boxes, one of them mistyped)
    const names = list.filter((f) => f.type !== null && NAMES_A_PERSON.has(f.type));
    const first = names[0];
    for (const f of names.slice(1))
      if (f !== list.find((g) => g.slot?.explicit) && first && wentOn(fields, first, f)) repeats.add(f);
    const explicit = list.filter((f) => f.slot?.explicit);
    const keep = explicit.length === 1 ? explicit[0] : undefined;
    const sections = new Set(list.map((f) => f.slot));
    for (const f of list) {
      if (f === keep) continue;
      const name = radioName(f);
      for (const g of name === null ? [f] : fields.filter((g) => radioName(g) === name))
        g.confidence = Math.min(g.confidence, OFFER_ONLY);
      // the same identity in two sections: each such section is a person of its own, phone and address included
      if (sections.size > 1 && f.slot) doubtful.add(f.slot);
    }
  }
  if (doubtful.size > 0)
    for (const f of fields)
      if (f.source === 'heuristic' && f.slot && doubtful.has(f.slot) && f.scope === 'subject')
        f.confidence = Math.min(f.confidence, OFFER_ONLY);
  boxesAfterRepeatedIdentity(fields, repeats, IDENTITY);
  organisationBlocks(fields);
  addressRuns(fields);
  cardDatesNearTheCard(fields);
  bareNumbers(fields);
  sentencesOfOnePerson(fields);
  tickedRelations(fields);
  samePersonTicks(fields);
  contactsOfOtherPerson(fields);
  contactsOnOtherPersonsLine(fields);
  // Last, so that a column taken away cannot make a remaining duplicate look like the only one: it only abstains.
  for (const f of fields) {
    const column = columns.get(f.element);
    if (!column) continue;
    f.slot = column;
    if (f.source === 'heuristic' && f.type !== null) f.scope = 'other';
  }
}

/**
 * "เลขประจำตัวประชาชนของผู้ป่วย" in the section "ข้อมูลผู้ป่วย" of the page's one person by role: his own box, though a
 * role in a caption otherwise makes it that role's (only when nothing else in its captions names someone else).
 */
function namesOwnRole(f: DetectedField, slot: Slot): boolean {
  // (a history's owner too: "ชื่อผู้ชำระ" above the rows of "บัญชีคุมผู้ชำระ…")
  const owner =
    slot.kind === 'holder' ||
    (slot.kind === 'records' && slot.explicit && WHOSE_RECORD.has(f.type ?? 'title'));
  if (f.source !== 'heuristic' || f.type === null || !owner || !slot.role) return false;
  const role = slot.role;
  let named = false;
  const texts = labelEvidence(f.element)
    .filter((e) => e.source !== 'name')
    .map((e) => e.text)
    .concat(rowOwnerCaption(f.element));
  for (const text of texts) {
    // (a party word a page topic gave the section, "นายจ้าง", is his role too: "ชื่อนายจ้าง" is his first name)
    const word = normalizeLabel(text).includes(role) ? role : unnamedRoleOf(text);
    const same = word !== null && (word.startsWith(role) || role.startsWith(word));
    const rest = same ? normalizeLabel(text).replace(word, '') : normalizeLabel(text);
    const verdict = contextVerdict(rest);
    if ((verdict !== 'neutral' && verdict !== 'holder') || OLD_VALUE.test(rest)) return false;
    // (a caption that is the role alone, "ผู้ควบคุมงาน [ ] [ ]", names a person among others, not what his box is)
    named ||= same && rest.replace(/ของ/g, '').trim() !== '';
  }
  return named;
}

/** A box captioned as a taxpayer's number, not as the citizen ID ("เลขประจำตัวประชาชนผู้เสียภาษี" is). */
const taxIdOnly = (f: DetectedField) =>
  /ผู้เสียภาษี/.test(normalizeLabel(f.label)) && !/ประชาชน/.test(normalizeLabel(f.label));

const BLOCK = 'fieldset, table, dl, [class*="row"], form';
const CONTACT_LABEL = /^(เบอร์)?(โทร|มือถือ|อีเมล|แฟกซ์|e-?mail|tel|phone|fax)/i;
const ORGANISATION_SLOT: Slot = { kind: 'organisation', index: 0, explicit: false };

/**
 * A block (table, fieldset, row, list) whose own fields name an organisation ("ชื่อ อปท.", "ที่อยู่หน่วยงาน") and no
 * person: its address, phone and e-mail are the organisation's, whatever the page's headings say.
 */
function organisationBlocks(fields: DetectedField[]): void {
  const blocks = new Map<Element, boolean>();
  // (a phone "ที่ทำงาน" is how to reach a person at work, not the name of an organisation)
  // (nor does an optional one, "ชื่อนิติบุคคล (ถ้ามี)": the applicant may be a company, his address stays his)
  const named = (f: DetectedField) =>
    f.label !== '' &&
    !CONTACT_LABEL.test(f.label) &&
    !/ถ้ามี|if any/i.test(f.label) &&
    // (nor a date: "วันที่ย้ายเข้า (ตามทะเบียนบ้าน)", "ย้ายเข้าเมื่อ [date]" are when he moved, not a place)
    !/^วัน(ที่)?|^date|เมื่อ(วันที่)?$/i.test(f.label) &&
    (f.element as HTMLInputElement).type !== 'date' &&
    // (nor "สถานศึกษา / อาชีพ": a person's school or his work, either of which he writes)
    !/\/ ?(อาชีพ|occupation)/i.test(f.label) &&
    contextVerdict(f.label) === 'organisation';
  for (const f of fields) {
    const block = f.element.closest(BLOCK);
    if (!block) continue;
    // (the bank and account a person is paid into are his, not the block's owner)
    if (named(f) && !/ธนาคาร|บัญชี|bank|account/i.test(f.label)) blocks.set(block, blocks.get(block) ?? true);
    if (f.type !== null && IDENTITY.has(f.type)) blocks.set(block, false);
  }
  // ...and the fields right after an organisation's own name in the same section ("ชื่อธนาคาร [ ] สาขา [ ] จังหวัด [ ]"),
  // until a person's field or the next heading (a person's affiliation, "หน่วยงาน [ ] โทรศัพท์ [ ]", is not one)
  let after = false;
  let placeLine: Element | null = null;
  let section: Slot | undefined;
  for (const f of fields) {
    // (a place's line ends with its section too: a grid row holding the old and the new columns is no one line)
    if (f.slot !== section) {
      after = false;
      placeLine = null;
    }
    section = f.slot;
    if (named(f)) {
      after ||= f.label.startsWith('ชื่อ');
      // "สถานศึกษาปัจจุบัน [ ] อำเภอ [ ] จังหวัด [ ]": the place's own line goes on with where it is
      placeLine = lineOf(f);
      continue;
    }
    if (placeLine && lineOf(f) !== placeLine) placeLine = null;
    if (placeLine && f.source === 'heuristic' && f.type && ADDRESS_PARTS.has(f.type)) {
      f.scope = 'other';
      f.slot = ORGANISATION_SLOT;
    } else if (f.type && (IDENTITY.has(f.type) || f.type.startsWith('card'))) after = false;
    // where and how to reach someone (address, phone, e-mail): everything but identity and the card's own data
    else if (
      f.source === 'heuristic' &&
      f.type &&
      f.scope === 'subject' &&
      (after || blocks.get(f.element.closest(BLOCK) as Element))
    ) {
      f.scope = 'other';
      f.slot = ORGANISATION_SLOT;
    }
  }
}

/**
 * "ขอมอบอำนาจให้ [ ] อายุ [ ] ปี … อยู่บ้านเลขที่ [ ] ถนน [ ] จังหวัด [ ]": a running sentence (a paragraph, a list item)
 * that introduces someone else by name or ID goes on about that person; his address and contacts in it are his, as
 * long as the holder is not named in it too.
 */
function sentencesOfOnePerson(fields: DetectedField[]): void {
  for (const list of typedFieldsIn(fields, 'p, li')) {
    const identities = list.filter((f) => IDENTITY.has(f.type as FieldType));
    // (an ID or name the rules already doubt, offered only, does not name the holder there)
    if (
      identities[0]?.scope !== 'other' ||
      identities.some((f) => f.scope === 'subject' && f.confidence > OFFER_ONLY)
    )
      continue;
    for (const f of list) if (f.scope === 'subject') f.scope = 'other';
  }
}

/**
 * "<fieldset><legend>ผู้ดูแลระบบ</legend> ชื่อ-สกุลผู้ดูแลระบบ [ ] โทรศัพท์มือถือ [ ]": where every name or ID of a
 * fieldset or table is someone else's, its phones, e-mails and address are that person's too.
 */
function contactsOfOtherPerson(fields: DetectedField[]): void {
  for (const list of typedFieldsIn(fields, 'fieldset, table')) {
    const identities = list.filter((f) => IDENTITY.has(f.type as FieldType));
    if (identities.length === 0 || identities.some((f) => f.scope === 'subject')) continue;
    // (not the boxes of a section of the holder's own before them in the same table: "ที่อยู่ตามทะเบียนบ้าน" rows
    // above the emergency contact's rows)
    const first = identities[0] as DetectedField;
    const theirs = new Set(identities.map((f) => f.slot));
    for (const f of list)
      if (f.scope === 'subject' && (f.index > first.index || theirs.has(f.slot) || f.slot?.kind !== 'holder'))
        f.scope = 'other';
  }
}

/**
 * "☐ คู่สมรส คำนำหน้า [▾] ชื่อ [ ] นามสกุล [ ]": a tick box naming a relative starts a line about that relative; the
 * boxes after it on its line (the smallest container holding it and other boxes) are his.
 */
function tickedRelations(fields: DetectedField[]): void {
  for (const tick of fields) {
    const el = tick.element;
    if (!(el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type))) continue;
    if (contextVerdict(tick.label) !== 'person') continue;
    let line = el.parentElement;
    for (let up = 0; line && up < 3 && boxCount(line) < 2; up++) line = line.parentElement;
    // (a consent sentence that mentions a spouse over the whole form is not a line)
    if (!line || line.matches('form, body') || boxCount(line) > 8) continue;
    for (const f of fields)
      if (
        f.scope === 'subject' &&
        f.type !== null &&
        line.contains(f.element) &&
        el.compareDocumentPosition(f.element) & Node.DOCUMENT_POSITION_FOLLOWING
      )
        f.scope = 'other';
  }
}

/** The typed heuristic guesses grouped by the nearest container matching `selector` (a sentence, a fieldset). */
function typedFieldsIn(fields: DetectedField[], selector: string): Iterable<DetectedField[]> {
  const groups = new Map<Element, DetectedField[]>();
  for (const f of fields) {
    const group = f.source === 'heuristic' && f.type !== null ? f.element.closest(selector) : null;
    if (group) groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  return groups.values();
}

/** The line a box is on: its row or list item, else its parent ("<div class="item">… ไปตั้งอยู่ ณ เลขที่ [ ] หมู่ที่ [ ]"). */
const lineOf = (f: DetectedField) =>
  f.element.closest('tr, p, li, dd, [class*="row"], [class*="group"]') ?? f.element.parentElement;

function radioName(f: DetectedField): string | null {
  return f.element instanceof HTMLInputElement && f.element.type === 'radio' ? f.element.name : null;
}
