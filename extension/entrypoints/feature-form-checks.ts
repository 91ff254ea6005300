import { defineUnlistedScript } from '#imports';
import { formChecksFeature } from '../content/features/form-checks';
import { provideFeature } from '../content/features/provide-feature';

// Injected by the background only into pages with the other DLA forms' fields (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(formChecksFeature));
