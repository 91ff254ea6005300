import { normalizeLabel } from './normalize-label';
import { type ContextVerdict, contextVerdict } from './whose-form';

// Sections that name themselves for assistive technology or by their tab (page-slots.ts reads them as headings).

// Groups named for assistive technology (role="group" aria-label="ข้อมูลคู่สมรส"): the name heads the group only.
export const NAMED_GROUP =
  '[role="group"][aria-label], [role="region"][aria-label], section[aria-label], fieldset[aria-label], ' +
  '[role="group"][aria-labelledby], [role="region"][aria-labelledby], fieldset[aria-labelledby], ' +
  '[role="tabpanel"], .tab-pane[id]';

/**
 * Panes no tab links to (tabs switched by script): the nth pane is named by the nth tab of the strip beside them, or
 * of the page's one strip where the strip sits outside the form ("<ul role=tablist>…</ul><form>…panes…</form>").
 */
function tabByPosition(el: Element): Element | null {
  const parent = el.parentElement;
  if (el.getAttribute('role') !== 'tabpanel' || !parent) return null;
  const panes = Array.from(parent.children).filter((c) => c.getAttribute('role') === 'tabpanel');
  const strips = el.ownerDocument.querySelectorAll('[role="tablist"]');
  const strip = parent.querySelector(':scope > [role="tablist"]') ?? (strips.length === 1 ? strips[0] : null);
  const tabs = strip?.querySelectorAll('[role="tab"]');
  return tabs?.length === panes.length ? (tabs[panes.indexOf(el)] ?? null) : null;
}

export function namedGroup(
  el: Element,
): { verdict: ContextVerdict; text: string; container: Element } | null {
  const by = el.getAttribute('aria-labelledby');
  const doc = el.ownerDocument;
  // a tab's pane is named by its tab (a link to the pane, or the control it says it controls)
  const tab = el.id
    ? doc.querySelector(
        [`[href="#${CSS.escape(el.id)}"]`, `[aria-controls="${CSS.escape(el.id)}"]`]
          // Bootstrap's tab buttons name their pane in data-bs-target (5) or data-target (4)
          .concat([`[data-bs-target="#${CSS.escape(el.id)}"]`, `[data-target="#${CSS.escape(el.id)}"]`])
          .join(', '),
      )
    : null;
  const raw =
    el.getAttribute('aria-label') ??
    (by ? doc.getElementById(by)?.textContent : (tab ?? tabByPosition(el))?.textContent) ??
    '';
  const text = normalizeLabel(raw);
  return text ? { verdict: contextVerdict(text), text, container: el } : null;
}
