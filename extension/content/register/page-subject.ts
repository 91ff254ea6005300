import { isValidCitizenId, normalizeCitizenId } from '../../../shared/thai/citizen-id';
import type { AssistSession } from '../assist-session';
import { recordKeyOf } from '../drafts/draft-fields';
import { findElement } from './history-table';

/**
 * Whose record this page is: the person banner the profile names (pages that follow a pick on the staff list),
 * else the citizen-ID fields of the form. Null when neither holds a valid ID.
 */
export function pageCitizenId(session: AssistSession): string | null {
  const banner = session.page?.subject;
  if (banner) {
    const id = normalizeCitizenId(findElement(session.doc, banner.citizenId)?.textContent ?? '');
    if (isValidCitizenId(id)) return id;
  }
  const fromFields = recordKeyOf(session.fields);
  return fromFields === 'new' ? null : fromFields;
}
