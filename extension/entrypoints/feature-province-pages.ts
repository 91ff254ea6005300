import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { provincePagesFeature } from '../content/features/province-pages';

// Injected by the background only into the province certification pages (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(provincePagesFeature));
