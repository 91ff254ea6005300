import { defineUnlistedScript } from '#imports';
import { portraitPhotoFeature } from '../content/features/portrait-photo';
import { provideFeature } from '../content/features/provide-feature';
import { PortraitPanel } from '../content/overlay/portrait-panel';

// Injected by the background only into forms with a portrait file input (the ปลัด registry) (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(portraitPhotoFeature, PortraitPanel));
