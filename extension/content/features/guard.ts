import browser from 'webextension-polyfill';
import type { RuntimeReply } from '../../../shared/protocol/runtime';
import type { AssistSession } from '../assist-session';
import { installGuard, isCertifyButton } from '../checklist/guard';
import { checklistRuns, guardRuns } from '../checklist/where-checked';
import { readiness, readinessOpen } from '../readiness/readiness-client';
import type { Feature } from './feature-manager';
import { loadFeature } from './lazy-feature';

/**
 * Open checklist items on this site: other forms' reports plus this form's own, plus the whole-register
 * checklist's (one while it is still being computed, so an early click is not let through unchecked; likewise one
 * while this form's checklist, a script of its own, has not checked the form yet).
 */
export function openItems(session: AssistSession): number {
  const here = session.doc.location.pathname;
  const r = session.state.readiness;
  const unchecked = checklistRuns(session) && !session.state.checklistChecked ? 1 : 0;
  return (
    session.state.outstanding.filter((p) => p.path !== here).reduce((n, p) => n + p.items.length, 0) +
    session.state.checklist.length +
    unchecked +
    (r === 'pending' ? 1 : r === null ? 0 : readinessOpen(r))
  );
}

/** Asks the background for the whole-register checklist (the register is the officer's; it persists). */
export async function loadReadiness(session: AssistSession): Promise<void> {
  session.set({ readiness: 'pending' });
  const answer = await readiness.check();
  session.set(
    answer.ok
      ? { readiness: answer.view, readinessError: null }
      : { readiness: null, readinessError: answer.error },
  );
}

const loading = new WeakSet<AssistSession>();

/**
 * The whole-register checklist's panel in the guard (readiness/readiness-guard-feature.ts) is its own script, loaded
 * once on a certify page: at the start, or when a certify button that appeared later is pressed.
 */
function loadReadinessPanel(session: AssistSession, signal: AbortSignal): void {
  if (session.panels.has('readiness-guard') || loading.has(session)) return;
  loading.add(session);
  void loadFeature('readiness-guard', 'feature-readiness-guard')
    .then((feature) => (signal.aborted ? undefined : feature.init(session, signal)))
    .catch(() => loading.delete(session));
}

/**
 * Stops "รับรองระดับ อปท." (and the profile's guarded buttons) while anything on the site's checklists — and, for the
 * certify button, the whole register's readiness checklist — is open.
 */
export const guardFeature: Feature = {
  id: 'certify-guard',
  // Also on form pages without one yet: a guarded button may appear later (partial postback, script).
  include: guardRuns,
  async init(session, signal) {
    // The whole-register checklist is about certification: other guarded buttons (a transfer's approval) skip it.
    // Buttons may appear later (partial postback), so the guard reads the list on each click.
    const isCertify = () => session.guardedButtons.some(isCertifyButton);
    const certify = isCertify();
    const guard = installGuard(session.doc, () => session.guardedButtons, {
      shouldStop: () => openItems(session) > 0,
      onStopped: () => {
        session.set({ phase: 'guard', guardAcknowledged: false });
        if (isCertify()) loadReadinessPanel(session, signal);
        // the register may have changed since the page loaded (another tab, a sync): show it as it is now
        if (isCertify() && session.state.readiness !== 'pending') void loadReadiness(session);
      },
    });
    session.allowGuardedClick = guard.allowNext;
    signal.addEventListener('abort', guard.remove);
    if (certify) loadReadinessPanel(session, signal);
    const loaded = certify ? loadReadiness(session) : Promise.resolve();
    const reply = (await browser.runtime.sendMessage({ type: 'checklist.get' })) as RuntimeReply;
    if ('checklist' in reply) session.set({ outstanding: reply.checklist });
    await loaded;
  },
};
