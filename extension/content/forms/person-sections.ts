import type { FieldType } from '../../../shared/fields/field-types';
import type { PersonRecord } from '../../../shared/register/person-record';
import { parseThaiPhone } from '../../../shared/thai/phone';
import type { ChecklistItem } from '../checklist/check-form';
import type { DetectedField } from '../detect/detected-field';
import { normalizeLabel } from '../detect/normalize-label';

/**
 * Pages with several people, each in a section of its own (INFO09's two administrators): the controls of each
 * person section, by the slot detection gave them. A pick fills *that* section only.
 */
export interface PersonSection {
  index: number;
  fields: DetectedField[];
  /** the section's ตำแหน่ง box, which detection leaves untyped */
  position: DetectedField | null;
}

export function personSections(fields: readonly DetectedField[]): PersonSection[] {
  const by = new Map<number, DetectedField[]>();
  for (const f of fields) {
    if (f.slot?.kind !== 'person' || f.slot.index < 1) continue;
    by.set(f.slot.index, [...(by.get(f.slot.index) ?? []), f]);
  }
  return [...by.entries()]
    .filter(([, fs]) => fs.some((f) => f.type === 'firstName' || f.type === 'fullName'))
    .map(([index, fs]) => ({
      index,
      fields: fs,
      position: fs.find((f) => /^ตำแหน่ง$/.test(normalizeLabel(f.label).replace(/[:*]/g, '').trim())) ?? null,
    }))
    .sort((a, b) => a.index - b.index);
}

export type SectionValues = Partial<Record<FieldType | 'position', string>>;

/** What a person puts into one section: name parts, phones and the position title (the card has no position). */
export function personValues(
  th: { title: string; first: string; last: string },
  more: { phone?: string; mobile?: string; position?: string } = {},
): SectionValues {
  return {
    title: th.title,
    firstName: th.first,
    lastName: th.last,
    fullName: `${th.title}${th.first} ${th.last}`.trim(),
    phone: more.phone ?? '',
    mobile: more.mobile ?? '',
    position: more.position ?? '',
  };
}

/** A register record's values for a section: the latest position row gives the position. */
export function sectionValues(record: PersonRecord): SectionValues {
  const latest = [...record.positions].reverse().find((p) => p.positionTitle.trim() !== '');
  return personValues(record.name.th, {
    phone: record.contacts.phone,
    mobile: record.contacts.mobile,
    position: latest?.positionTitle ?? '',
  });
}

/** A section with a name needs its position, and its phones must be phone numbers (sections are not the subject). */
export function sectionChecks(fields: readonly DetectedField[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const section of personSections(fields)) {
    const named = section.fields.some(
      (f) => (f.type === 'firstName' || f.type === 'fullName') && f.element.value.trim() !== '',
    );
    if (!named) continue;
    if (section.position && section.position.element.value.trim() === '')
      items.push({ field: section.position, code: 'REQUIRED_EMPTY' });
    for (const f of section.fields) {
      const v = f.element.value.trim();
      if ((f.type === 'phone' || f.type === 'mobile') && v !== '' && !parseThaiPhone(v))
        items.push({ field: f, code: 'PHONE_INVALID' });
    }
  }
  return items;
}
