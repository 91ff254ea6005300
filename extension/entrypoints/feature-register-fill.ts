import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { registerFillFeature } from '../content/features/register-fill';
import { RegisterSearch } from '../content/overlay/register-search';

// Injected by the background only into pages with the card holder's fields (see lazy-feature.ts).
export default defineUnlistedScript(() => provideFeature(registerFillFeature, RegisterSearch));
