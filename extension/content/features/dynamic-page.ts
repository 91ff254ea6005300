import type { AssistSession } from '../assist-session';
import type { Feature } from './feature-manager';

const FORM_PARTS = 'input, select, textarea, button, form, table, fieldset';

/** Whether a mutation added or removed anything that can change detection or the guard. */
function touchesForm(records: readonly MutationRecord[]): boolean {
  for (const r of records)
    for (const node of [...r.addedNodes, ...r.removedNodes])
      if (node instanceof Element && (node.matches(FORM_PARTS) || node.querySelector(FORM_PARTS)))
        return true;
  return false;
}

/**
 * Old and dynamic pages: when an ASP.NET partial postback (UpdatePanel) or a script replaces part of the form, the
 * profile is matched, the fields detected and the guarded buttons found again (debounced), so fills, the checklist
 * and the certify guard follow the new controls. The overlay lives in a shadow root, which the observer does not
 * see, and fills change values and attributes only, so the extension's own work never triggers it.
 */
export const dynamicPageFeature: Feature = {
  id: 'dynamic-page',
  include: (session) =>
    session.hasSubjectFields || session.page !== null || session.guardedButtons.length > 0,
  init(session: AssistSession, signal: AbortSignal) {
    const body = session.doc.body;
    if (!body) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const observer = new MutationObserver((records) => {
      if (!touchesForm(records)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        session.useProfiles(session.profiles);
        session.pageEdited();
      }, 100);
    });
    observer.observe(body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    });
  },
};
