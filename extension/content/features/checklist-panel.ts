import { checklistRuns } from '../checklist/where-checked';
import type { Feature } from './feature-manager';

/**
 * The checklist's panel (overlay/checklist-panel.tsx): this form's open items with a jump to each. Its own script; the
 * checklist itself (features/checklist.ts) stays in the content script, since the guard on the certify buttons needs it
 * whether or not the panel has come.
 */
export const checklistPanelFeature: Feature = {
  id: 'checklist-panel',
  include: checklistRuns,
  init() {},
};
