import type { Locator } from '../../../shared/profile/site-profile';
import { normalizeLabel } from '../detect/normalize-label';

/** The label that certifies records at อปท. level; after it the record is locked. */
const CERTIFY = normalizeLabel('รับรองระดับ อปท.');

function buttonText(el: Element): string {
  return normalizeLabel(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));
}

/** Whether a button is "รับรองระดับ อปท." itself (the whole-register readiness checklist guards only that one). */
export function isCertifyButton(el: Element): boolean {
  return buttonText(el).startsWith(CERTIFY);
}

/** Buttons the checklist guards: those a profile names, and any button labelled "รับรองระดับ อปท.". */
export function findGuardedButtons(doc: Document, locators: readonly Locator[]): Element[] {
  const buttons = Array.from(doc.querySelectorAll('button, input[type="submit"], input[type="button"], a'));
  const found = new Set<Element>();
  for (const locator of locators) {
    for (const b of buttons) {
      const name = b.getAttribute('name') ?? '';
      if (
        ('id' in locator && b.id === locator.id) ||
        ('name' in locator && (name === locator.name || name.endsWith(`$${locator.name}`))) ||
        ('css' in locator && b.matches(locator.css)) ||
        ('label' in locator && buttonText(b) === normalizeLabel(locator.label))
      ) {
        found.add(b);
      }
    }
  }
  for (const b of buttons) if (isCertifyButton(b)) found.add(b);
  return [...found];
}

/**
 * Stops a click on a guarded button in the capture phase — before the page's own handlers — while `shouldStop()`
 * says there is something to check, and calls `onStopped` to show the checklist. After `allowNext()` (the officer
 * read it), the next click within a minute goes through untouched. The extension itself never clicks or submits.
 */
export function installGuard(
  doc: Document,
  buttons: readonly Element[] | (() => readonly Element[]),
  handlers: { shouldStop: () => boolean; onStopped: () => void },
): { allowNext(): void; remove(): void } {
  let allowUntil = 0;
  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    // A getter: buttons a partial postback or a script adds later are guarded too.
    const current = typeof buttons === 'function' ? buttons() : buttons;
    const button = target && current.find((b) => b === target || b.contains(target));
    if (!button || Date.now() < allowUntil || !handlers.shouldStop()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    handlers.onStopped();
  };
  doc.addEventListener('click', onClick, true);
  return {
    allowNext: () => {
      allowUntil = Date.now() + 60_000;
    },
    remove: () => doc.removeEventListener('click', onClick, true),
  };
}
