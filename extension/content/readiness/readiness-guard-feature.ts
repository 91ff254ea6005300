import type { Feature } from '../features/feature-manager';

/**
 * The whole-register checklist in the guard on "รับรองระดับ อปท." as a feature script of its own
 * (entrypoints/feature-readiness-guard.ts): it is nothing but its panel (overlay/readiness-guard.tsx with
 * report/readiness-panel.tsx), loaded by the certify guard (features/guard.ts) on certify pages only. The checking
 * itself (readiness.check, the open count that stops the click) stays in the guard, in the content script.
 */
export const readinessGuardFeature: Feature = {
  id: 'readiness-guard',
  include: () => true,
  init() {},
};
