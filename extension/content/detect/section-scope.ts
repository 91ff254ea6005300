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
  return '';
}
