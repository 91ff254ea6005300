import type { FormControl } from '../detect/detected-field';

/**
 * Sets a value the way typing does, through the native setter (so framework value trackers see it), with
 * bubbling input and change events and a blur, which is when old pages run their format checks.
 */
export function setControlValue(el: FormControl, value: string): void {
  const proto =
    el instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : el instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  el.focus({ preventScroll: true });
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur();
  el.dispatchEvent(new Event('focusout', { bubbles: true }));
}

/** Checks a radio by clicking it, so the page's own handlers run. */
export function checkRadio(radio: HTMLInputElement): void {
  if (!radio.checked) radio.click();
}

/** What the control holds now: the value, or for a radio group the checked one's value. */
export function readControl(el: FormControl, group?: readonly HTMLInputElement[]): string {
  if (group) return group.find((r) => r.checked)?.value ?? '';
  return el.value;
}
