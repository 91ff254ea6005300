import type { FormControl } from './detected-field';
import { normalizeLabel } from './normalize-label';
import { CONTROLS } from './table-slots';
import { SAVE_BUTTON, SEARCH_BUTTON, type SlotKind } from './whose-form';

// Parts of a page that are not a record being entered, told by their buttons: search and filter forms, login boxes,
// and the small lookup rows beside a ค้นหา button (page-slots.ts gives their boxes the search or login slot).

// (links styled as buttons count: `<a class="btn">ค้นหา</a>`)
const BUTTONS =
  'button, input[type="submit"], input[type="button"], input[type="reset"], a[class*="btn"], [role="button"]';
const BOXES =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea';
const buttonText = (b: Element) =>
  normalizeLabel(b instanceof HTMLInputElement ? b.value : (b.textContent ?? ''));
const TYPED = (c: Element) =>
  !(c instanceof HTMLInputElement) ||
  !['hidden', 'submit', 'button', 'reset', 'image', 'checkbox'].includes(c.type);

/**
 * Forms that are not a record being entered: a search or filter (sent by GET, or its buttons search and none saves)
 * and a login box (a password and at most two other boxes: the officer's own account, never the card holder's).
 */
export function makeFormTest(): (el: FormControl) => SlotKind | null {
  const cache = new Map<Element, SlotKind | null>();
  return (el) => {
    // pages without a <form> (single-page apps) are judged as one form: their buttons search and none saves
    const form = el.closest('form') ?? el.ownerDocument.body;
    if (!form) return null;
    let kind = cache.get(form);
    if (kind === undefined) {
      const texts = Array.from(form.querySelectorAll(BUTTONS), buttonText);
      const boxes = Array.from(form.querySelectorAll(CONTROLS)).filter(TYPED);
      // (a form sent by GET puts its values in the address: a search or a filter, never a record being saved)
      kind =
        form.getAttribute('method')?.toLowerCase() === 'get' ||
        (texts.some((t) => SEARCH_BUTTON.test(t)) && !texts.some((t) => SAVE_BUTTON.test(t)))
          ? 'search'
          : boxes.length <= 3 && boxes.some((b) => b instanceof HTMLInputElement && b.type === 'password')
            ? 'login'
            : null;
      cache.set(form, kind);
    }
    return kind;
  };
}

export function insideAny(el: Element, containers: Set<Element>): boolean {
  for (let node = el.parentElement; node && !node.matches('form, body'); node = node.parentElement)
    if (containers.has(node)) return true;
  return false;
}

/** Boxes that sit next to a ค้นหา button in a small container (a lookup row inside a bigger form, an AJAX finder). */
export function searchContainers(doc: Document): Set<Element> {
  const found = new Set<Element>();
  for (const b of Array.from(doc.querySelectorAll(BUTTONS))) {
    if (!SEARCH_BUTTON.test(buttonText(b))) continue;
    // climb from the button while the container holds at most four boxes: its row, its cell, its little panel
    let node = b.parentElement;
    for (
      let depth = 0;
      node && depth < 4 && !node.matches('form, body');
      depth++, node = node.parentElement
    ) {
      if (node.querySelectorAll(BOXES).length > 4) break;
      found.add(node);
    }
  }
  return found;
}
