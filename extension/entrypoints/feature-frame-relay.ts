import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { frameRelayFeature } from '../content/frames/frame-relay-feature';

// Injected by the background into a sub-frame with a form under another frame's overlay (lhr.content/index.tsx).
export default defineUnlistedScript(() => provideFeature(frameRelayFeature));
