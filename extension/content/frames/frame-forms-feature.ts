import type { Feature } from '../features/feature-manager';

/**
 * The frames panel of the tab's overlay (overlay/frames-panel.tsx) as a feature script of its own
 * (entrypoints/feature-frame-forms.ts): loaded by frames/host-frames.ts once another frame of the tab has a form.
 */
export const frameFormsFeature: Feature = {
  id: 'frame-forms',
  include: () => true,
  init() {},
};
