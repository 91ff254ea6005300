import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { TeachPanel } from '../content/overlay/teach-panel';
import { teachFeature } from '../content/teach/teach-feature';

// Injected by the background when the officer presses "สอนระบบ" (overlay/teach-start.tsx), with the teach panel.
export default defineUnlistedScript(() => provideFeature(teachFeature, TeachPanel));
