import { type DetectedField, isReadOnlyBox } from './detected-field';
import { bareName } from './label-evidence';
import { normalizeLabel } from './normalize-label';
import { NEW_COLUMN } from './table-slots';
import { namesOld, OLD_VALUE } from './whose-form';

// A correction's stored value and its new value on one row (grammars.ts runs this pass).

/** A box a value is typed in as text. */
export const TEXTUAL = (f: DetectedField) =>
  f.element instanceof HTMLInputElement
    ? ['text', 'tel', 'number', ''].includes(f.element.type)
    : f.element instanceof HTMLTextAreaElement;

/** The row a box sits on: its table row, else its cell's parent (a div grid's row), else its own parent. */
const rowOf = (f: DetectedField) => f.element.closest('tr') ?? f.element.parentElement?.parentElement ?? null;

/** Kinds of value a correction may ask for in other boxes than the stored one shows it in. */
const familyOf = (t: string) =>
  /^birth/.test(t)
    ? 'birth'
    : /^(addressLine|houseNo|moo|soi|road|subdistrict|district|province|postcode)$/.test(t)
      ? 'address'
      : /^(title|firstName|middleName|lastName|fullName)$/.test(t)
        ? 'name'
        : /^(titleEn|firstNameEn|middleNameEn|lastNameEn|fullNameEn)$/.test(t)
          ? 'nameEn'
          : t;

/** A caption that is only the format of a date ("วว/ดด/ปปปป"). */
const FORMAT = /^[วดปmdy/ .-]+$/i;

/** A detected box the site shows a stored value in (a disabled one too: "ข้อมูลปัจจุบัน [disabled] | ข้อมูลใหม่ [ ]"). */
export const readOnly = (f: DetectedField) => isReadOnlyBox(f.element) || f.element.disabled;

/**
 * "ชื่อ [stored value, read-only] [new value]": a read-only box followed on its row by an editable one captioned no
 * differently is the record's current value and its correction. The correction is the field to fill; the stored
 * value is never overwritten.
 */
export function oldAndNewInOneRow(fields: DetectedField[]): void {
  for (let i = 0; i + 1 < fields.length; i++) {
    const [f, g] = [fields[i] as DetectedField, fields[i + 1] as DetectedField];
    if (f.source !== 'heuristic' || f.type === null || !readOnly(f) || !TEXTUAL(f)) continue;
    // (the new value's boxes may sit in a wrapper of their own on the stored value's line)
    const sameLine =
      rowOf(f) !== null && (rowOf(f) === rowOf(g) || !!f.element.parentElement?.contains(g.element));
    // (a hidden box after it, "per_id", is the site's own state, not a new value)
    if (
      g.source !== 'heuristic' ||
      readOnly(g) ||
      (g.element as HTMLInputElement).type === 'hidden' ||
      !sameLine
    )
      continue;
    // (the new value may be asked for in parts: "ที่อยู่ [old, read-only] [บ้านเลขที่] [หมู่ที่] …")
    const kin = g.type !== null && g.type !== f.type && familyOf(g.type) === familyOf(f.type as string);
    if ((g.type !== null && g.type !== f.type && !kin) || g.element.disabled) continue;
    if (
      g.label &&
      g.label !== f.label &&
      !kin &&
      !NEW_COLUMN.test(normalizeLabel(g.label)) &&
      !FORMAT.test(g.label)
    )
      continue;
    // (the new value of a stored value captioned "ข้อมูลเดิม" or named old_… is the holder's own correction)
    const old =
      OLD_VALUE.test(normalizeLabel(f.label)) || namesOld(bareName(f.element.getAttribute('name') ?? ''));
    if (g.type === null)
      Object.assign(g, {
        type: f.type,
        scope: old ? 'subject' : f.scope,
        confidence: f.confidence,
        part: f.part,
      });
    f.scope = 'other';
  }
}
