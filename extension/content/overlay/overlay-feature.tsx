import { render } from 'preact';
import overlayCss from '../../entrypoints/lhr.content/style.css?inline';
import type { Feature } from '../features/feature-manager';
import { mountOverlay } from './mount-overlay';
import { OverlayApp } from './overlay-app';

/**
 * The floating panel, carried by a script of its own (feature-overlay): the content script that runs on every assisted
 * page asks for it only once an assist applies, so the panel's components and stylesheet stay out of its 40 KB
 * (bench:extension: the core went from 41,525 B to under the goal with this move).
 */
export const overlayFeature: Feature = {
  id: 'overlay',
  include: () => true,
  init(session, signal) {
    mountOverlay(signal, document, {
      name: 'lhr-assist-overlay',
      // Inlined into the shadow root rather than fetched: a fetch from the page needs the file in
      // web_accessible_resources for that page's origin, which a practice origin (http://127.0.0.1:<any port>) missed.
      css: overlayCss,
      // Open only in test builds, so Playwright can reach inside; closed for officers.
      mode: import.meta.env.WXT_E2E === '1' ? 'open' : 'closed',
      onMount: (container) => render(<OverlayApp session={session} />, container),
      onRemove: (container) => render(null, container),
    });
  },
};
