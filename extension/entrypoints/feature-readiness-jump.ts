import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { readinessJumpFeature } from '../content/features/readiness-jump';

// Injected by the background only into the staff list (where the guard’s jump lands) (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(readinessJumpFeature));
