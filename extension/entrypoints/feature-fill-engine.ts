import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import type { FillEngine } from '../content/fill/fill-engine';
import { planFill } from '../content/fill/fill-plan';
import { runFill } from '../content/fill/run-fill';

const engine: FillEngine = { id: 'fill-engine', include: () => false, init() {}, planFill, runFill };

// Injected the first time a frame previews a fill (content/fill/fill-engine.ts).
export default defineUnlistedScript(() => provideFeature(engine));
