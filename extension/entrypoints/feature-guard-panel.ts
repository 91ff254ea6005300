import { defineUnlistedScript } from '#imports';
import { guardPanelFeature } from '../content/features/guard-panel';
import { provideFeature } from '../content/features/provide-feature';
import { WaitingGuardPanel } from '../content/overlay/guard-panel';

// Injected by the background into pages with a guarded button (see lazy-feature.ts), with the guard panel.
export default defineUnlistedScript(() => provideFeature(guardPanelFeature, WaitingGuardPanel));
