import { guardRuns } from '../checklist/where-checked';
import type { Feature } from './feature-manager';

/**
 * The guard's panel (overlay/guard-panel.tsx): what is still open when a certify button is pressed, and the choice to
 * go back or go on. Its own script, loaded with the page wherever the guard runs, long before any click; the guard
 * itself (features/guard.ts) stays in the content script and holds the click whether or not the panel has come.
 */
export const guardPanelFeature: Feature = {
  id: 'guard-panel',
  include: guardRuns,
  init() {},
};
