import { defineUnlistedScript } from '#imports';
import { checklistFeature } from '../content/features/checklist';
import { provideFeature } from '../content/features/provide-feature';

// Injected by the background into pages where this form's checklist runs (content/features/index.ts).
export default defineUnlistedScript(() => provideFeature(checklistFeature));
