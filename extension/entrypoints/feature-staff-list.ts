import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { staffListFeature } from '../content/features/staff-list';
import { ListedNotice } from '../content/overlay/listed-notice';

// Injected by the background only into staff-list pages (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(staffListFeature, ListedNotice));
