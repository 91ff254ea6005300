import type { DetectedField } from './detected-field';
import { normalizeLabel } from './normalize-label';

/** "ผู้รับเป็นบุคคลเดียวกับผู้ลงทะเบียน", "same person as the applicant": a tick box that asks whether two are one. */
const SAME_PERSON =
  /(บุคคล|คน)เดียว(กัน)?กับ|same person|same as (the )?(applicant|registrant|buyer|customer|member)/;

/**
 * A section that offers a tick box saying its person is the same as the one filing (ผู้รับเป็นบุคคลเดียวกับผู้ลงทะเบียน)
 * is about someone who may well be another: its boxes after the tick box are that person's, never filled with the
 * holder's data on a guess (ticking copies them, which is the site's business).
 */
export function samePersonTicks(fields: readonly DetectedField[]): void {
  for (const tick of fields) {
    const el = tick.element;
    if (!(el instanceof HTMLInputElement) || el.type !== 'checkbox' || !tick.slot) continue;
    if (!SAME_PERSON.test(normalizeLabel(tick.label || (el.closest('label')?.textContent ?? '')))) continue;
    for (const f of fields)
      if (
        f.index > tick.index &&
        f.slot === tick.slot &&
        f.source === 'heuristic' &&
        f.type &&
        f.scope === 'subject'
      )
        f.scope = 'other';
  }
}
