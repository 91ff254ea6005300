import type { DetectedField } from '../detect/detected-field';
import { normalizeLabel } from '../detect/normalize-label';
import { formRoles } from './form-roles';

// Apart from the fiscal-year-note feature: the content script's lazy stub asks it without loading the feature.
/** INFO08's fiscal-year select (ปีงบประมาณ) next to the website box. */
export function fiscalYearSelect(fields: readonly DetectedField[]): DetectedField | null {
  if (!formRoles(fields).some((r) => r.role === 'website')) return null;
  return (
    fields.find(
      (f) =>
        f.element instanceof HTMLSelectElement &&
        /^ปีงบประมาณ/.test(normalizeLabel(f.label).replace(/[:*]/g, '').trim()),
    ) ?? null
  );
}
