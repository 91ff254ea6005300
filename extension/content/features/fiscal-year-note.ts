import type { AssistSession } from '../assist-session';
import { fiscalYearSelect } from '../forms/fiscal-year-select';
import type { Feature } from './feature-manager';

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
