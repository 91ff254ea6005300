import { isValidCitizenId, normalizeCitizenId } from '../../../shared/thai/citizen-id';
import type { DetectedField, FormControl } from '../detect/detected-field';
import { NEVER_FILL } from '../detect/heuristic-rules';
import { normalizeLabel } from '../detect/normalize-label';

const SKIPPED = new Set(['password', 'hidden', 'file', 'submit', 'button', 'image', 'reset']);

/** A control's stable key in a draft: its name, else its id, else its position. */
export function controlKey(el: FormControl, index: number): string {
  return el.getAttribute('name') || el.id || `#${index}`;
}

function draftable(f: DetectedField): boolean {
  const el = f.element;
  if (el instanceof HTMLInputElement && SKIPPED.has(el.type)) return false;
  // Captchas, passwords, tax and laser numbers are never kept.
  return !NEVER_FILL.test(normalizeLabel(f.label));
}

/** What the officer has typed so far, control by control (radio groups once, by their checked value). */
export function collectDraftFields(fields: readonly DetectedField[]): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (!draftable(f)) continue;
    const el = f.element;
    const key = controlKey(el, f.index);
    if (seen.has(key)) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const checked =
        el.form?.querySelector<HTMLInputElement>(
          `input[type=radio][name="${CSS.escape(el.name)}"]:checked`,
        ) ?? (el.checked ? el : null);
      seen.add(key);
      if (checked) out.push({ key, value: checked.value });
      continue;
    }
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked) out.push({ key, value: 'on' });
      continue;
    }
    seen.add(key);
    if (el.value.trim() !== '') out.push({ key, value: el.value });
  }
  return out;
}

/** Which record the form is about: the card holder's citizen ID once it is complete and valid, else "new". */
export function recordKeyOf(fields: readonly DetectedField[]): string {
  const id = normalizeCitizenId(
    fields
      .filter((f) => f.type === 'citizenId' && f.scope === 'subject')
      .map((f) => f.element.value)
      .join(''),
  );
  return isValidCitizenId(id) ? id : 'new';
}
