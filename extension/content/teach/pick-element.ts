import { clearHighlights, highlight } from '../highlight';
import { BUTTONS } from './build-locator';

const PICKABLE = `input, select, textarea, ${BUTTONS}`;

/**
 * Click-to-pick: outlines the control or button under the pointer and resolves with the one the officer clicks
 * (that click never reaches the page), or null on Escape / abort. Clicks on the overlay itself are left alone.
 */
export function pickElement(doc: Document, signal: AbortSignal): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (el: HTMLElement | null) => {
      stop.abort();
      clearHighlights();
      resolve(el);
    };
    const target = (e: Event) => {
      const el = e.target instanceof Element ? e.target.closest(PICKABLE) : null;
      return el instanceof HTMLElement && !el.closest('lhr-assist-overlay') ? el : null;
    };
    const opts = { capture: true, signal: stop.signal };
    doc.addEventListener(
      'mouseover',
      (e) => {
        const el = target(e);
        if (el) highlight([el]);
      },
      opts,
    );
    for (const type of ['mousedown', 'click'] as const)
      doc.addEventListener(
        type,
        (e) => {
          const el = target(e);
          if (!el) return;
          e.preventDefault();
          e.stopImmediatePropagation();
          if (type === 'click') done(el);
        },
        opts,
      );
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && done(null), opts);
    signal.addEventListener('abort', () => done(null), { once: true });
  });
}
