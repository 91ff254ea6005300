import browser from 'webextension-polyfill';
import type { RuntimeReply } from '../../../shared/protocol/runtime';
import type { AssistSession } from '../assist-session';
import { installGuard } from '../checklist/guard';
import type { Feature } from './feature-manager';

/** Open checklist items on this site: other forms' reports plus this form's own. */
export function openItems(session: AssistSession): number {
  const here = session.doc.location.pathname;
  return (
    session.state.outstanding.filter((p) => p.path !== here).reduce((n, p) => n + p.items.length, 0) +
    session.state.checklist.length
  );
}

const allowers = new WeakMap<AssistSession, () => void>();

/** The officer has read the checklist at the guard: the next click on the guarded button is let through. */
export function acknowledgeGuard(session: AssistSession): void {
  allowers.get(session)?.();
  session.set({ phase: 'idle', guardAcknowledged: true });
}

/** Stops "รับรองระดับ อปท." (and the profile's guarded buttons) while anything on the site's checklists is open. */
export const guardFeature: Feature = {
  id: 'certify-guard',
  // Also on form pages without one yet: a guarded button may appear later (partial postback, script).
  include: (session) =>
    session.guardedButtons.length > 0 ||
    session.hasSubjectFields ||
    (session.page?.guardedActions.length ?? 0) > 0,
  async init(session, signal) {
    const guard = installGuard(session.doc, () => session.guardedButtons, {
      shouldStop: () => openItems(session) > 0,
      onStopped: () => session.set({ phase: 'guard', guardAcknowledged: false }),
    });
    allowers.set(session, guard.allowNext);
    signal.addEventListener('abort', guard.remove);
    const reply = (await browser.runtime.sendMessage({ type: 'checklist.get' })) as RuntimeReply;
    if ('checklist' in reply) session.set({ outstanding: reply.checklist });
  },
};
