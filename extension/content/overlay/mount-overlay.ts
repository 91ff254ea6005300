/**
 * Puts the overlay in a shadow root at the end of the page's body. Hand-written rather than WXT's
 * createShadowRootUi, which brings ~8 KB of helpers (element waiting, isolation, option merging) into the content
 * script's 40 KB budget for what is here a dozen lines. The stylesheet comes inlined (no fetch, no
 * web_accessible_resources), after a reset so the page's styles do not leak in through inheritance.
 */
export interface OverlayMount {
  name: string;
  css: string;
  /** open only in e2e builds (Playwright reaches inside); closed for officers */
  mode: ShadowRootMode;
  onMount(container: HTMLElement): void;
  onRemove(container: HTMLElement): void;
}

export function mountOverlay(signal: AbortSignal, doc: Document, options: OverlayMount): void {
  const host = doc.createElement(options.name);
  const shadow = host.attachShadow({ mode: options.mode });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  options.onMount(container);
  // (the content script's signal: it aborts when the extension is updated or reloaded under the page)
  signal.addEventListener('abort', () => {
    options.onRemove(container);
    host.remove();
  });
}
