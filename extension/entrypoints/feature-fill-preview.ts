import { defineUnlistedScript } from '#imports';
import { fillPreviewFeature } from '../content/features/fill-preview';
import { provideFeature } from '../content/features/provide-feature';
import { FillPreviewPanel } from '../content/overlay/preview-panel';

// Injected by the background into pages where the card can be filled (see lazy-feature.ts), with the preview panel.
export default defineUnlistedScript(() => provideFeature(fillPreviewFeature, FillPreviewPanel));
