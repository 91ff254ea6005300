import type { FieldValue } from '../../../shared/fields/fill-values';
import { fillValue } from '../../../shared/fields/fill-values';
import type { FillPerson } from '../../../shared/fields/fill-person';
import type { DetectedField } from '../detect/detected-field';
import { FILL_THRESHOLD } from '../detect/detect-fields';
import { readControl } from './set-value';

/** One field to fill: where, what, and whether it already holds something the officer typed. */
export interface FillStep {
  field: DetectedField;
  value: FieldValue;
  /** what the control holds before the fill ("" when empty or on its placeholder option) */
  current: string;
}

function currentValue(field: DetectedField): string {
  // A select on its placeholder option ("-- เลือก --") has the value "", like an empty input.
  return readControl(field.element, field.group).trim();
}

/**
 * The steps to fill a person into the detected fields: only the card holder's fields (scope subject), only
 * confident detections, only values the person has. Radio groups appear once. Order follows the page, with
 * dependent selects after the select they depend on.
 */
export function planFill(fields: readonly DetectedField[], person: FillPerson): FillStep[] {
  const steps: FillStep[] = [];
  const seenGroups = new Set<HTMLInputElement>();
  for (const field of fields) {
    if (!field.type || field.scope !== 'subject' || field.confidence < FILL_THRESHOLD) continue;
    if (field.element.disabled && !field.dependsOn) continue;
    if (field.group) {
      const first = field.group[0];
      if (!first || seenGroups.has(first)) continue;
      seenGroups.add(first);
    }
    const value = fillValue(person, field.type, {
      ...(field.date ? { date: field.date } : {}),
      ...(field.part !== null ? { part: field.part } : {}),
      ...(field.parts ? { parts: field.parts } : {}),
    });
    if (!value || value.text === '') continue;
    steps.push({ field, value, current: currentValue(field) });
  }
  return steps;
}
