import { defineUnlistedScript } from '#imports';
import { certifiedFeature } from '../content/features/certified';
import { provideFeature } from '../content/features/provide-feature';

// Injected by the background only into pages with the certification history (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(certifiedFeature));
