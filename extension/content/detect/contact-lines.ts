import type { FieldType } from '../../../shared/fields/field-types';
import { boxCount, type DetectedField } from './detected-field';
import { normalizeLabel } from './normalize-label';
import { contextVerdict } from './whose-form';

/** Names that say whose line it is. */
const NAMES = new Set<FieldType>(['fullName', 'firstName', 'lastName', 'fullNameEn']);
/** How to reach someone: the boxes a bare "โทร" caption leaves to the line's person. */
const CONTACTS = new Set<FieldType>(['phone', 'mobile', 'email']);
/** What a line that begins with someone else's box goes on with: his contacts, and the rest of his name. */
const HIS_LINE = new Set<FieldType>([...CONTACTS, 'firstName', 'lastName', 'firstNameEn', 'lastNameEn']);

const TEXT = new Set(['text', '']);

/** A caption that is a role and nothing else ("ผู้ตรวจ", "๔.๓ เจ้าหน้าที่การเงินผู้ตรวจ"; not "เบอร์ภายใน (หอผู้ป่วย)"). */
const ROLE_ALONE = /^([\d.]+ ?)?(เจ้าหน้าที่[ก-๛]* ?)?ผู้[ก-๛]+$/;

/**
 * "ผู้ใหญ่บ้าน ผู้รับรอง [ ] โทร [ ]", "อกม. ผู้รับรอง [ ] มือถือ อกม. [ ]": a line (the smallest container holding the
 * name box and another, of a few boxes only) that begins with someone else's name goes on with his phone and e-mail.
 */
export function contactsOnOtherPersonsLine(fields: readonly DetectedField[]): void {
  for (const name of fields) {
    // (a box captioned by the person alone, "ผู้ใหญ่บ้าน ผู้รับรอง [ ]", is his name though no type was read)
    const someoneElses =
      name.type === null
        ? // ("เจ้าหน้าที่การเงินผู้ตรวจ [ ] โทร [ ]": a role no list knows captioning a box alone is someone else too)
          (contextVerdict(name.label) === 'person' ||
            (contextVerdict(name.label) === 'unnamedRole' && ROLE_ALONE.test(normalizeLabel(name.label)))) &&
          // (not how the one filing is related to him: "เกี่ยวข้องกับผู้ตายเป็น [ ]")
          !/เกี่ยวข้อง|ความสัมพันธ์|relation/.test(name.label)
        : name.source === 'heuristic' && name.scope === 'other' && NAMES.has(name.type);
    // (a text box: a select "ความเกี่ยวข้องกับเด็ก" asks how he is related, it does not name anyone)
    if (!someoneElses || !(name.element instanceof HTMLInputElement) || !TEXT.has(name.element.type))
      continue;
    let line = name.element.parentElement;
    for (let up = 0; line && up < 3 && boxCount(line) < 2; up++) line = line.parentElement;
    const onLine =
      line && !line.matches('form, body, fieldset, table') && boxCount(line) <= 4
        ? (el: Element) => line?.contains(el) === true
        : brLine(name.element);
    // (a role's own box goes on with the rest of his name too; a name box, an old value's maybe, only with contacts)
    const along = name.type === null ? HIS_LINE : CONTACTS;
    // (the fields are in page order: the line's boxes follow the name box, and the walk stops past the line)
    for (let i = fields.indexOf(name) + 1; i < fields.length; i++) {
      const f = fields[i] as DetectedField;
      if (!onLine(f.element)) break;
      // ("เจ้าหน้าที่ผู้ตรวจสอบ ชื่อ [ ] สกุล [ ]": the surname is his too)
      if (f.source === 'heuristic' && f.scope === 'subject' && along.has(f.type as FieldType))
        f.scope = 'other';
    }
  }
}

/**
 * "<span>ผู้ขอแก้ไข (เจ้าหน้าที่ อปท.)</span><input> <span>โทรศัพท์ผู้ขอ</span><input><br>": in a form of bare spans and
 * boxes, a line runs from the box to the next line break or block.
 */
const LINE_END = /^(BR|HR|DIV|P|TABLE|UL|OL|LI|DL|H[1-6]|FIELDSET|SECTION|FORM)$/;

function brLine(box: Element): (el: Element) => boolean {
  const line = new Set<Element>();
  for (let n = box.nextElementSibling; n && !LINE_END.test(n.tagName); ) {
    line.add(n);
    n = n.nextElementSibling;
  }
  return (el) => [...line].some((n) => n.contains(el));
}
