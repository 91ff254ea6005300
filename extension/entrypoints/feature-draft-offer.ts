import { defineUnlistedScript } from '#imports';
import { draftOfferFeature } from '../content/features/draft-offer';
import { provideFeature } from '../content/features/provide-feature';
import { DraftPanel } from '../content/overlay/draft-panel';

// Injected by the background into pages with a form to keep drafts of (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(draftOfferFeature, DraftPanel));
