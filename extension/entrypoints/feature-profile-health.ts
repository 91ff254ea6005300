import { defineUnlistedScript } from '#imports';
import { profileHealthFeature } from '../content/features/profile-health';
import { provideFeature } from '../content/features/provide-feature';

// Injected by the background only into pages whose profile no longer matches (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(profileHealthFeature));
