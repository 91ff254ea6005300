import type { FieldType } from '../../../shared/fields/field-types';
import type { DetectedField } from './detected-field';
import { ENGLISH, OTHER_PERSON } from './heuristic-rules';
import { normalizeLabel } from './normalize-label';
import { contextVerdict } from './whose-form';

// The grammars of names (grammars.ts runs them): whose name boxes are, which part of a name a box is, and Thai or English.

const NAME_PARTS = new Set([
  'firstName',
  'middleName',
  'lastName',
  'firstNameEn',
  'middleNameEn',
  'lastNameEn',
]);

/**
 * "คำนำหน้าผู้ป่วย [▾] ชื่อ [ ] นามสกุล [ ]": bare name boxes right after someone else's title on the same line are
 * that person's name.
 */
export function namePartsAfterTitle(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    if (f.source !== 'heuristic' || (f.type !== 'title' && f.type !== 'titleEn') || f.scope !== 'other')
      return;
    // (only where the title's own caption names the person: "คำนำหน้าผู้ป่วย")
    const whose = contextVerdict(f.label);
    if (!OTHER_PERSON.test(normalizeLabel(f.label)) && whose !== 'person' && whose !== 'unnamedRole') return;
    const line = f.element.closest('tr, p, li, dd') ?? f.element.parentElement;
    for (const g of fields.slice(i + 1, i + 4)) {
      const sameLine = (g.element.closest('tr, p, li, dd') ?? g.element.parentElement) === line;
      if (!sameLine || g.source !== 'heuristic' || !NAME_PARTS.has(g.type ?? '')) return;
      g.scope = 'other';
    }
  });
}

/** Which part of a name a box's own hint (placeholder, aria-label, title, name) asks for. */
export function namePartOf(f: DetectedField): 'firstName' | 'middleName' | 'lastName' | null {
  const el = f.element;
  const hint =
    `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('name') ?? ''}`.toLowerCase();
  if (/middle|ชื่อกลาง|mname/.test(hint)) return 'middleName';
  if (/last|surname|family|สกุล|lname|sname/.test(hint)) return 'lastName';
  if (/first|given|ชื่อ|fname/.test(hint)) return 'firstName';
  return null;
}

/**
 * "ชื่อร้าน [ ] ชื่อภาษาอังกฤษ [ ]": an English name right after a name that is nobody's (a shop's, a firm's; not a
 * nickname) is its.
 */
export function englishOfOtherName(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    const prev = fields[i - 1];
    if (
      f.source === 'heuristic' &&
      f.type === 'firstNameEn' &&
      prev?.type === null &&
      /^ชื่อ(?!เล่น)/.test(prev.label)
    )
      Object.assign(f, { type: null, confidence: 0 });
  });
}

/**
 * "First name [ ] Last name [ ] First name (English) [ ]": where the page asks for a name in English in so many words,
 * the same name captioned only in English words ("First name") is the Thai one.
 */
export function thaiBesideEnglish(fields: DetectedField[]): void {
  const named = (f: DetectedField) => ENGLISH.test(normalizeLabel(f.label));
  const asked = new Set(fields.filter((f) => f.type?.endsWith('En') && named(f)).map((f) => f.type));
  for (const f of fields)
    if (
      f.source === 'heuristic' &&
      /^(first|last|full)NameEn$/.test(f.type ?? '') &&
      asked.has(f.type) &&
      /^[a-z][a-z .-]*$/i.test(f.label.trim()) &&
      !named(f)
    )
      f.type = (f.type as string).slice(0, -2) as FieldType;
}
