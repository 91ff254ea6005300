import type { Locator } from '../../../shared/profile/site-profile';
import { findGuardedButtons } from '../checklist/guard';
import type { FormControl } from '../detect/detected-field';
import { labelEvidence } from '../detect/label-evidence';
import { normalizeLabel } from '../detect/normalize-label';
import { resolveLocator } from '../detect/resolve-profile';

export const BUTTONS = 'button, input[type="submit"], input[type="button"], a';

/** The ASP.NET suffix of a name (`ctl00$Main$txtName` → `txtName`), which survives master-page changes. */
function nameSuffix(name: string): string {
  return name.split('$').pop() ?? name;
}

/**
 * A locator for a control the way the bundled profiles write them: the ASP.NET name (suffix), else the id, else the
 * normalised label — the first that finds exactly this control (or its radio group) and nothing else.
 */
export function controlLocator(el: FormControl, doc: Document): Locator | null {
  const controls = Array.from(doc.querySelectorAll<FormControl>('input, select, textarea'));
  const finds = (locator: Locator) => {
    const found = resolveLocator(locator, controls);
    const radios = found.every((c) => c instanceof HTMLInputElement && c.type === 'radio');
    return found.includes(el) && (found.length === 1 || radios);
  };
  const name = el.getAttribute('name');
  const candidates: Locator[] = [];
  if (name) candidates.push({ name: nameSuffix(name) });
  if (el.id) candidates.push({ id: el.id });
  for (const e of labelEvidence(el))
    if (e.source !== 'name' && e.text.trim()) candidates.push({ label: normalizeLabel(e.text) });
  return candidates.find(finds) ?? null;
}

/** A locator for a button to guard: id, name or its text, the first that finds only this button. */
export function buttonLocator(el: Element, doc: Document): Locator | null {
  const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  const name = el.getAttribute('name');
  const candidates: Locator[] = [];
  if (el.id) candidates.push({ id: el.id });
  if (name) candidates.push({ name: nameSuffix(name) });
  if (text.trim()) candidates.push({ label: normalizeLabel(text) });
  return (
    candidates.find((l) => {
      const found = findGuardedButtons(doc, [l]).filter((b) => b.matches(BUTTONS));
      // The certify button is always guarded; any other match besides `el` makes the locator ambiguous.
      return found.includes(el) && found.filter((b) => b !== el && !isCertify(b)).length === 0;
    }) ?? null
  );
}

function isCertify(b: Element): boolean {
  const text = normalizeLabel(b instanceof HTMLInputElement ? b.value : (b.textContent ?? ''));
  return text.startsWith(normalizeLabel('รับรองระดับ อปท.'));
}
