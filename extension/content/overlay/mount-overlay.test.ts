import { expect, it } from 'vitest';
import { mountOverlay } from './mount-overlay';

it('mounts into a shadow root at the end of the body with its stylesheet, and goes when the script is invalidated', () => {
  const script = new AbortController();
  const invalidate = () => script.abort();
  const mounted: HTMLElement[] = [];
  const removed: HTMLElement[] = [];
  document.body.innerHTML = '<main>page</main>';
  mountOverlay(script.signal, document, {
    name: 'lhr-assist-overlay',
    css: '.panel { position: fixed; }',
    mode: 'open',
    onMount: (c) => mounted.push(c),
    onRemove: (c) => removed.push(c),
  });
  const host = document.body.lastElementChild as HTMLElement;
  expect(host.tagName.toLowerCase()).toBe('lhr-assist-overlay');
  const style = host.shadowRoot?.querySelector('style')?.textContent ?? '';
  expect(style).toContain(':host{all:initial !important;}');
  expect(style).toContain('.panel { position: fixed; }');
  expect(mounted).toHaveLength(1);
  expect(host.shadowRoot?.contains(mounted[0] as Node)).toBe(true);
  invalidate();
  expect(removed).toEqual(mounted);
  expect(document.querySelector('lhr-assist-overlay')).toBeNull();
});
