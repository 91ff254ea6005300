const MARK = 'data-lhr-assist-highlight';
const saved = new Map<HTMLElement, string>();

/** Outlines the fields a fill will touch, so the officer sees where each value goes. */
export function highlight(elements: readonly HTMLElement[]): void {
  clearHighlights();
  for (const el of elements) {
    saved.set(el, el.style.outline);
    el.style.outline = '3px solid #f59e0b';
    el.setAttribute(MARK, '');
  }
}

export function clearHighlights(): void {
  for (const [el, outline] of saved) {
    el.style.outline = outline;
    el.removeAttribute(MARK);
  }
  saved.clear();
}
