import { defineUnlistedScript } from '#imports';
import { historyRowsFeature } from '../content/features/history-rows';
import { provideFeature } from '../content/features/provide-feature';
import { HistoryPanel } from '../content/overlay/history-panel';

// Injected by the background only into ก.พ.7 history pages (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(historyRowsFeature, HistoryPanel));
