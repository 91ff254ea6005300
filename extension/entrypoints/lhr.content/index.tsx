import { render } from 'preact';
import { createShadowRootUi, defineContentScript } from '#imports';
import { applyTeachPatches } from '../../../shared/profile/apply-teach';
import { mergeProfiles } from '../../../shared/profile/merge-profiles';
import { ASSISTED_MATCHES } from '../../../shared/sites/assisted-origins';
import { AssistSession } from '../../content/assist-session';
import { FEATURES } from '../../content/features';
import { featuresFor, startFeatures } from '../../content/features/feature-manager';
import { OverlayApp } from '../../content/overlay/overlay-app';
import { bundledProfiles } from '../../profiles/load-profiles';
import { syncedProfiles } from '../../profiles/synced-profiles';
import './style.css';

export default defineContentScript({
  matches: [...ASSISTED_MATCHES],
  // Framesets and iframes of old pages: every frame of an assisted origin gets its own assist (docs/autofill.md).
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const synced = await syncedProfiles();
    // The officer's taught patches go over bundled and synced profiles alike (teach mode, docs/autofill.md).
    const profiles = applyTeachPatches(mergeProfiles(bundledProfiles(), synced.profiles), synced.taught);
    const session = new AssistSession(document, profiles);
    // The overlay is only put on pages where at least one assist applies.
    if (featuresFor(FEATURES, session).length === 0) return;
    startFeatures(FEATURES, session, ctx.signal);
    const ui = await createShadowRootUi(ctx, {
      name: 'lhr-assist-overlay',
      position: 'inline',
      anchor: 'body',
      // Open only in test builds, so Playwright can reach inside; closed for officers.
      mode: import.meta.env.WXT_E2E === '1' ? 'open' : 'closed',
      onMount: (container) => render(<OverlayApp session={session} />, container),
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  },
});
