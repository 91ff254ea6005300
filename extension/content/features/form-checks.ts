import { fromUtcDate } from '../../../shared/thai/partial-date';
import { checkFormRoles } from '../forms/check-page';
import { formRoles } from '../forms/form-roles';
import { refreshChecklist } from './checklist';
import type { Feature } from './feature-manager';

/** Today as the checks count it (a letter dated today is not in the future). */
function today() {
  const now = new Date();
  return fromUtcDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/**
 * The other DLA forms' checks (website, letter and order numbers, letter dates not in the future, the ปลัด
 * registry's password rule, the transfer target not the own อปท.): joined to the live checklist, and so to the guard
 * on "บันทึกและอนุมัติข้อมูล", on the pages that have such fields. Its own script: most assisted pages have none.
 */
export const formChecksFeature: Feature = {
  id: 'form-checks',
  include: (session) => formRoles(session.fields).length > 0,
  init(session, signal) {
    const check = (fields: Parameters<typeof checkFormRoles>[0]) => checkFormRoles(fields, today());
    session.extraChecks.add(check);
    signal.addEventListener('abort', () => session.extraChecks.delete(check));
    // values the page came with are judged at once, not only after the next keystroke
    refreshChecklist(session);
  },
};
