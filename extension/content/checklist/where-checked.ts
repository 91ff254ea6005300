import type { AssistSession } from '../assist-session';
import { formRoles } from '../forms/form-roles';

// Where the checklist and the guard run: one answer for each, shared by the features and by their panels' scripts, so
// a panel comes wherever its feature runs.

/**
 * The live checklist: pages with the card holder's fields; pages with only a guarded button (the guard counts this
 * form's items too); the other DLA forms' pages (a website, a letter number …), which may have no card field at all.
 */
export const checklistRuns = (session: AssistSession): boolean =>
  session.hasSubjectFields || session.guardedButtons.length > 0 || formRoles(session.fields).length > 0;

/** The certify guard: wherever a button is guarded now or may be later (a button that appears after load is guarded). */
export const guardRuns = (session: AssistSession): boolean =>
  session.guardedButtons.length > 0 ||
  session.hasSubjectFields ||
  (session.page?.guardedActions.length ?? 0) > 0;
