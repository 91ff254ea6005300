import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { frameFormsFeature } from '../content/frames/frame-forms-feature';
import { FramesPanel } from '../content/overlay/frames-panel';

// Injected by the background into the overlay's frame once another frame of the tab has a form (host-frames.ts).
export default defineUnlistedScript(() => provideFeature(frameFormsFeature, FramesPanel));
