import { defineUnlistedScript } from '#imports';
import { captureFeature } from '../content/features/capture';
import { provideFeature } from '../content/features/provide-feature';
import { CaptureNotice } from '../content/overlay/capture-notice';

// Injected by the background only into pages where the capture feature applies (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(captureFeature, CaptureNotice));
