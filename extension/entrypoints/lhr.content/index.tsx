import { defineContentScript } from '#imports';
import { ASSISTED_MATCHES } from '../../../shared/sites/assisted-origins';
import { AssistSession } from '../../content/assist-session';
import { FEATURES } from '../../content/features';
import { featuresFor, startFeatures } from '../../content/features/feature-manager';
import { loadFeature } from '../../content/features/lazy-feature';
import { frameRole } from '../../content/frames/frame-role';
import { mountOnGuard } from '../../content/frames/guard-mount';
import { hostFrames } from '../../content/frames/host-frames';
import { syncedProfiles } from '../../profiles/synced-profiles';

export default defineContentScript({
  matches: [...ASSISTED_MATCHES],
  // Framesets and iframes of old pages: every frame of an assisted origin is assisted; the overlay is one per tab, in
  // the top frame (or a frameset's main frame), and drives the other frames' forms (frames/, docs/extension.md).
  allFrames: true,
  cssInjectionMode: 'manual',
  async main(ctx) {
    // (the officer's taught patches are already over bundled and synced profiles alike: the background applies them)
    const session = new AssistSession(document, await syncedProfiles());
    const role = frameRole(window);
    let mounted = false;
    // The overlay comes in a script of its own (content/overlay/overlay-feature.tsx), asked for once per page.
    const mount = () => {
      if (mounted) return;
      mounted = true;
      void loadFeature('overlay', 'feature-overlay')
        .then((overlay) => overlay.init(session, ctx.signal))
        .catch(() => {
          // (the background could not inject it, e.g. restarting: the next mount — a guarded click — asks again)
          mounted = false;
        });
    };
    // The overlay's frame hears of the other frames' forms even when its own page has none.
    if (role === 'host') hostFrames(session, ctx.signal, mount);
    // The overlay is only put on pages where at least one assist applies.
    if (featuresFor(FEATURES, session).length === 0) return;
    startFeatures(FEATURES, session, ctx.signal);
    if (role !== 'relay') return mount();
    // A sub-frame under another frame's overlay: its form is reported there by the relay's own script.
    mountOnGuard(session, ctx.signal, mount);
    void loadFeature('frame-relay', 'feature-frame-relay')
      .then((relay) => relay.init(session, ctx.signal))
      .catch(() => {});
  },
});
