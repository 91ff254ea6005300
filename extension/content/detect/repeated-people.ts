import type { FieldType } from '../../../shared/fields/field-types';
import { type DetectedField, OFFER_ONLY } from './detected-field';

/**
 * "(1) ชื่อ-สกุล [ ] เลขประจำตัวประชาชน [ ] อยู่บ้านเลขที่ [ ] ตำบล [ ] … (2) ชื่อ-สกุล [ ] …": once an identity box repeats
 * one the holder's part already had (a second citizen ID, a second full name), the boxes after it are that second
 * person's until an identity box of the holder's own comes again. Its address and phone are offered, never filled;
 * the repeated identity itself is already held back (apply-slots.ts).
 *
 * `repeats` holds the identity boxes that repeat an earlier one of the same type in the holder's part.
 */
export function boxesAfterRepeatedIdentity(
  fields: readonly DetectedField[],
  repeats: ReadonlySet<DetectedField>,
  identity: ReadonlySet<FieldType>,
): void {
  let person: DetectedField | null = null;
  for (const f of fields) {
    if (f.source !== 'heuristic' || f.type === null || f.scope !== 'subject') continue;
    if (repeats.has(f)) person = f;
    else if (identity.has(f.type) && f.confidence > OFFER_ONLY) person = null;
    else if (person && f.slot === person.slot && !identity.has(f.type))
      f.confidence = Math.min(f.confidence, OFFER_ONLY);
  }
}
