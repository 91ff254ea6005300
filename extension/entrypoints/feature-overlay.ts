import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { overlayFeature } from '../content/overlay/overlay-feature';

// Injected by the content script's first mount on a page an assist applies to (entrypoints/lhr.content/index.tsx).
export default defineUnlistedScript(() => provideFeature(overlayFeature));
