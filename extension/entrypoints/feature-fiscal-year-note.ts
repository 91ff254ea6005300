import { defineUnlistedScript } from '#imports';
import { fiscalYearNoteFeature } from '../content/features/fiscal-year-note';
import { provideFeature } from '../content/features/provide-feature';
import { FormNotes } from '../content/overlay/form-notes';

// Injected by the background only into INFO08 (the fiscal-year select next to the website) (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(fiscalYearNoteFeature, FormNotes));
