import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { ReadinessGuard } from '../content/overlay/readiness-guard';
import { readinessGuardFeature } from '../content/readiness/readiness-guard-feature';

// Injected by the background on certify pages (features/guard.ts), with the guard's whole-register checklist panel.
export default defineUnlistedScript(() => provideFeature(readinessGuardFeature, ReadinessGuard));
