import type { FormControl } from './detected-field';
import { normalizeLabel } from './normalize-label';

/**
 * The heading of the section a control sits in: a full-width table row above it, the fieldset legend, or the
 * nearest heading element before it. Used to tell the card holder's fields from father/mother/spouse sections.
 */
export function sectionHeading(el: FormControl): string {
  const legend = el.closest('fieldset')?.querySelector('legend');
  let row = el.closest('tr')?.previousElementSibling ?? null;
  while (row) {
    const cells = row.children;
    if (cells.length === 1 && !row.querySelector('input, select, textarea')) {
      return normalizeLabel(row.textContent ?? '');
    }
    row = row.previousElementSibling;
  }
  if (legend) return normalizeLabel(legend.textContent ?? '');
  return precedingHeading(el);
}

/** The last h1–h6 or caption before the control in document order (div layouts with headings between parts). */
const headingCache = new WeakMap<Document, { at: number; list: Element[] }>();

function headingsOf(doc: Document): Element[] {
  // Cached for the duration of one detection pass (a few ms); a later pass sees the page as it is then.
  const now = performance.now();
  const cached = headingCache.get(doc);
  if (cached && now - cached.at < 100) return cached.list;
  const list = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, caption, .section, .header'));
  headingCache.set(doc, { at: now, list });
  return list;
}

function precedingHeading(el: FormControl): string {
  const headings = headingsOf(el.ownerDocument);
  let last = '';
  for (const h of headings) {
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) last = h.textContent ?? '';
    else break;
  }
  return normalizeLabel(last);
}
