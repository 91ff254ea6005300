import type { Feature } from '../features/feature-manager';

/**
 * Teach mode as a feature script of its own (entrypoints/feature-teach.ts): it is nothing but its overlay panel
 * (overlay/teach-panel.tsx), loaded when the officer presses "สอนระบบ" (overlay/teach-start.tsx) rather than on a
 * page, so it lives here and not among the page features.
 */
export const teachFeature: Feature = {
  id: 'teach',
  include: () => true,
  init() {},
};
