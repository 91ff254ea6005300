import { defineUnlistedScript } from '#imports';
import { fillReportFeature } from '../content/features/fill-report';
import { provideFeature } from '../content/features/provide-feature';
import { FillReportPanel } from '../content/overlay/report-panel';

// Injected by the background into pages where the card can be filled (see lazy-feature.ts), with the report panel.
export default defineUnlistedScript(() => provideFeature(fillReportFeature, FillReportPanel));
