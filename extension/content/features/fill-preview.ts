import type { Feature } from './feature-manager';

/**
 * The fill preview (overlay/preview-panel.tsx): what a card or register read will fill where, close calls to settle,
 * and the fill button. Its own script, injected where the card can be filled; the fill itself stays in the content
 * script (session.cardFill), which also fills frames the overlay does not live in.
 */
export const fillPreviewFeature: Feature = {
  id: 'fill-preview',
  include: (session) => session.hasSubjectFields,
  init() {},
};
