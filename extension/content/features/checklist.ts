import browser from 'webextension-polyfill';
import type { ChecklistPage } from '../../../shared/protocol/runtime';
import type { AssistSession } from '../assist-session';
import { checkForm } from '../checklist/check-form';
import { checklistRuns } from '../checklist/where-checked';
import { fieldTitle } from '../field-title';
import type { Feature } from './feature-manager';

/** Re-checks the form and reports its open items (labels and codes only) to the background. */
export function refreshChecklist(session: AssistSession): void {
  const fields = session.redetect();
  const now = new Date();
  // The features' own checks (the other DLA forms', form-checks.ts; the order of a status change…) join the
  // card-field checks, so the guard on "บันทึกและอนุมัติข้อมูล" shows them too.
  const checklist = [
    ...checkForm(fields, now.getFullYear() + 543),
    ...[...session.extraChecks].flatMap((check) => check(fields)),
  ];
  session.set({ checklist, checklistChecked: true });
  if (!session.hasSubjectFields) return;
  const page: ChecklistPage = {
    path: session.doc.location.pathname,
    title: session.page?.titleTh ?? session.doc.title.slice(0, 200),
    items: checklist.map((i) => ({ label: fieldTitle(i.field), code: i.code })),
    at: new Date().toISOString(),
  };
  void browser.runtime.sendMessage({ type: 'checklist.report', page }).catch(() => {});
}

/** The live checklist: this form's required-but-empty and invalid fields, kept up to date as the officer types. */
export const checklistFeature: Feature = {
  id: 'checklist',
  include: checklistRuns,
  init(session, signal) {
    refreshChecklist(session);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => refreshChecklist(session), 150);
    };
    const refresh = () => refreshChecklist(session);
    session.afterPageEdit.add(refresh);
    session.doc.addEventListener('input', schedule, { capture: true, signal });
    session.doc.addEventListener('change', schedule, { capture: true, signal });
    signal.addEventListener('abort', () => {
      if (timer) clearTimeout(timer);
      session.afterPageEdit.delete(refresh);
    });
  },
};
