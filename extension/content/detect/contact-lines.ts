import type { FieldType } from '../../../shared/fields/field-types';
import { boxCount, type DetectedField } from './detected-field';
import { contextVerdict } from './whose-form';

/** Names that say whose line it is. */
const NAMES = new Set<FieldType>(['fullName', 'firstName', 'lastName', 'fullNameEn']);
/** How to reach someone: the boxes a bare "โทร" caption leaves to the line's person. */
const CONTACTS = new Set<FieldType>(['phone', 'mobile', 'email']);

const TEXT = new Set(['text', '']);

/**
 * "ผู้ใหญ่บ้าน ผู้รับรอง [ ] โทร [ ]", "อกม. ผู้รับรอง [ ] มือถือ อกม. [ ]": a line (the smallest container holding the
 * name box and another, of a few boxes only) that begins with someone else's name goes on with his phone and e-mail.
 */
export function contactsOnOtherPersonsLine(fields: readonly DetectedField[]): void {
  for (const name of fields) {
    // (a box captioned by the person alone, "ผู้ใหญ่บ้าน ผู้รับรอง [ ]", is his name though no type was read)
    const someoneElses =
      name.type === null
        ? contextVerdict(name.label) === 'person'
        : name.source === 'heuristic' && name.scope === 'other' && NAMES.has(name.type);
    // (a text box: a select "ความเกี่ยวข้องกับเด็ก" asks how he is related, it does not name anyone)
    if (!someoneElses || !(name.element instanceof HTMLInputElement) || !TEXT.has(name.element.type))
      continue;
    let line = name.element.parentElement;
    for (let up = 0; line && up < 3 && boxCount(line) < 2; up++) line = line.parentElement;
    if (!line || line.matches('form, body, fieldset, table') || boxCount(line) > 4) continue;
    // (the fields are in page order: the line's boxes follow the name box, and the walk stops past the line)
    for (let i = fields.indexOf(name) + 1; i < fields.length; i++) {
      const f = fields[i] as DetectedField;
      if (!line.contains(f.element)) break;
      if (f.source === 'heuristic' && f.scope === 'subject' && CONTACTS.has(f.type as FieldType))
        f.scope = 'other';
    }
  }
}
