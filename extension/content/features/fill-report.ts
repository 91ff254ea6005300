import type { Feature } from './feature-manager';

/**
 * The fill report (overlay/report-panel.tsx): after a fill, how many fields took, which did not and why, and undo. Its
 * own script, injected where the card can be filled; nothing to install on the page.
 */
export const fillReportFeature: Feature = {
  id: 'fill-report',
  include: (session) => session.hasSubjectFields,
  init() {},
};
