import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { statusChangeFeature } from '../content/features/status-change';
import { StatusPanel } from '../content/overlay/status-panel';

// Injected by the background only into status-change forms (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(statusChangeFeature, StatusPanel));
