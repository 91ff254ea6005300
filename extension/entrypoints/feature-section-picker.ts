import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { sectionPickerFeature } from '../content/features/section-picker';
import { SectionPanel } from '../content/overlay/section-panel';

// Injected by the background only into pages with several person sections (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(sectionPickerFeature, SectionPanel));
