import { setTimeout as sleep } from '../../utils/sleep';
import type { FormControl } from '../detect/detected-field';
import { checkRadio, setControlValue } from '../fill/set-value';
import { controlKey } from './draft-fields';

/**
 * Puts a draft back, each value only into the control it was taken from (same key), in page order, waiting for
 * dependent selects (province → district → subdistrict) to load the option the draft needs.
 */
export async function restoreDraft(
  doc: Document,
  fields: readonly { key: string; value: string }[],
): Promise<{ restored: number; missing: string[] }> {
  const wanted = new Map(fields.map((f) => [f.key, f.value]));
  const controls = Array.from(doc.querySelectorAll<FormControl>('input, select, textarea'));
  let restored = 0;
  const done = new Set<string>();
  for (const [index, el] of controls.entries()) {
    const key = controlKey(el, index);
    const value = wanted.get(key);
    if (value === undefined || done.has(key)) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const radio = controls.find(
        (c): c is HTMLInputElement =>
          c instanceof HTMLInputElement && c.type === 'radio' && c.name === el.name && c.value === value,
      );
      if (radio) {
        checkRadio(radio);
        restored++;
        done.add(key);
      }
      continue;
    }
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (!el.checked) el.click();
      restored++;
      done.add(key);
      continue;
    }
    if (el instanceof HTMLSelectElement) {
      const deadline = performance.now() + 5000;
      while (
        (el.disabled || !Array.from(el.options).some((o) => o.value === value)) &&
        performance.now() < deadline
      )
        await sleep(50);
      if (!Array.from(el.options).some((o) => o.value === value)) continue;
    }
    setControlValue(el, value);
    restored++;
    done.add(key);
  }
  return { restored, missing: [...wanted.keys()].filter((k) => !done.has(k)) };
}
