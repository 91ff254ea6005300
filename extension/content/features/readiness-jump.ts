import { normalizeCitizenId } from '../../../shared/thai/citizen-id';
import type { AssistSession } from '../assist-session';
import { readinessActions } from '../readiness/readiness-actions';
import type { Feature } from './feature-manager';

/** The staff search's text box (ชื่อ-นามสกุล / เลขประจำตัวประชาชน). */
function searchBox(doc: Document): HTMLInputElement | null {
  return (
    doc.querySelector<HTMLInputElement>('input[type="text"][name$="txtSearch"]') ??
    doc.querySelector<HTMLInputElement>('form input[type="text"]')
  );
}

/**
 * Lands the guard's jump on the staff list: the person's row when this page shows it (its ก.พ.7 link one click
 * away), else their citizen ID typed into the search box for the officer to press ค้นหา. The ID travels through
 * the background, never through the URL.
 */
export async function landJump(session: AssistSession): Promise<void> {
  const target = await readinessActions.jumpTarget();
  if (!target) return;
  const row = Array.from(session.doc.querySelectorAll('tr')).find((tr) =>
    Array.from(tr.cells).some((td) => normalizeCitizenId(td.textContent ?? '') === target),
  );
  if (row) {
    row.scrollIntoView({ block: 'center' });
    row.setAttribute('data-lhr-assist-jump', '');
    session.highlight([row]);
    return;
  }
  const box = searchBox(session.doc);
  if (!box) return;
  box.value = target;
  box.setAttribute('data-lhr-assist-jump', '');
  box.scrollIntoView({ block: 'center' });
  box.focus();
  session.highlight([box]);
}

export const readinessJumpFeature: Feature = {
  id: 'readiness-jump',
  include: (session) => session.page?.staffList !== undefined,
  init: (session) => landJump(session),
};
