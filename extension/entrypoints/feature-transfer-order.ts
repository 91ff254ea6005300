import { defineUnlistedScript } from '#imports';
import { provideFeature } from '../content/features/provide-feature';
import { transferOrderFeature } from '../content/features/transfer-order';
import { TransferPanel } from '../content/overlay/transfer-panel';

// Injected by the background only into transfer order pages (target-อปท. selects) (see lazy-feature.ts), with its overlay panel.
export default defineUnlistedScript(() => provideFeature(transferOrderFeature, TransferPanel));
