import { fieldLabel, type Lang } from '../i18n/messages';
import type { DetectedField } from './detect/detected-field';

/** The field's meaning in the officer's language, or the page's own label; split ID boxes say which box. */
export function fieldTitle(field: DetectedField, lang: Lang = 'th'): string {
  const name = fieldLabel(field.type ?? '', lang) ?? field.label;
  return field.part !== null && field.parts ? `${name} (${field.part + 1}/${field.parts.length})` : name;
}
