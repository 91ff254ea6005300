import type { Feature } from './feature-manager';

/**
 * The guard's panel (overlay/guard-panel.tsx): what is still open when a certify button is pressed, and the choice to
 * go back or go on. Its own script, loaded with the page wherever a button is guarded, long before any click; the
 * guard itself (features/guard.ts) stays in the content script and holds the click whether or not the panel has come.
 */
export const guardPanelFeature: Feature = {
  id: 'guard-panel',
  // where the guard runs (features/guard.ts): a button found later is guarded too, so the panel comes with the page
  include: (session) =>
    session.guardedButtons.length > 0 ||
    session.hasSubjectFields ||
    (session.page?.guardedActions.length ?? 0) > 0,
  init() {},
};
