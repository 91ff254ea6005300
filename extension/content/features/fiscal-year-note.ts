import type { AssistSession } from '../assist-session';
import type { DetectedField } from '../detect/detected-field';
import { normalizeLabel } from '../detect/normalize-label';
import { formRoles } from '../forms/form-roles';
import type { Feature } from './feature-manager';

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

/**
 * INFO08 (seed 003, domain.md §2.4): when the latest fiscal year is not certified yet, the INFO system records the
 * website under the last certified year. Officers read that as "the year did not save"; the overlay says it next to
 * the select instead.
 */
export const fiscalYearNoteFeature: Feature = {
  id: 'fiscal-year-note',
  include: (session: AssistSession) => fiscalYearSelect(session.fields) !== null,
  init(session) {
    session.set({ formNotes: ['fiscalYearRule'] });
  },
};
