import { defineUnlistedScript } from '#imports';
import { draftsFeature } from '../content/features/drafts';
import { provideFeature } from '../content/features/provide-feature';

// Injected by the background into pages with a form to keep as a draft (content/features/index.ts).
export default defineUnlistedScript(() => provideFeature(draftsFeature));
