import { defineUnlistedScript } from '#imports';
import { checklistPanelFeature } from '../content/features/checklist-panel';
import { provideFeature } from '../content/features/provide-feature';
import { LiveChecklistPanel } from '../content/overlay/checklist-panel';

// Injected by the background into pages with a checklist (see lazy-feature.ts), with the checklist panel.
export default defineUnlistedScript(() => provideFeature(checklistPanelFeature, LiveChecklistPanel));
