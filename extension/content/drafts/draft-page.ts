import type { AssistSession } from '../assist-session';

/** A page with a form to keep drafts of: the card holder's fields, a profile page's fields, a history add-row form. */
export function isDraftPage(session: AssistSession): boolean {
  return (
    session.hasSubjectFields || session.page?.history !== undefined || (session.page?.fields.length ?? 0) > 0
  );
}
