import type { FieldType } from '../../../shared/fields/field-types';
import type { FillPerson } from '../../../shared/fields/fill-person';
import type { FieldValue } from '../../../shared/fields/fill-values';
import { fillValue } from '../../../shared/fields/fill-values';
import { formatThaiDate } from '../../../shared/thai/thai-date-format';
import { FILL_THRESHOLD } from '../detect/detect-fields';
import { type DetectedField, showsStoredValue } from '../detect/detected-field';
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

/** A card-holder field the person has no (complete) value for; the officer fills it by hand. */
export interface MissingValue {
  field: DetectedField;
  /** what the card does say, e.g. "ต.ค. 2530" for a birth date without a day */
  hint: string;
}

/** A close call the officer settles: which of these meanings the field has, with the value each would get. */
export interface Question {
  field: DetectedField;
  options: { type: FieldType; text: string }[];
}

export interface FillPlan {
  steps: FillStep[];
  missing: MissingValue[];
  questions: Question[];
}

/**
 * The steps to fill a person into the detected fields: only the card holder's fields (scope subject), only
 * confident detections, only values the person has. Radio groups appear once. Order follows the page, with
 * dependent selects after the select they depend on.
 */
export function planFill(
  detected: readonly DetectedField[],
  person: FillPerson,
  answers: ReadonlyMap<number, FieldType> = new Map(),
): FillPlan {
  const steps: FillStep[] = [];
  const missing: MissingValue[] = [];
  const questions: Question[] = [];
  // The officer's answers to close calls turn those fields into certain ones.
  const fields = detected.map((f) => {
    const answer = answers.get(f.index);
    return answer ? { ...f, type: answer, confidence: 1, alternatives: undefined } : f;
  });
  for (const field of fields) {
    if (field.scope !== 'subject' || !field.alternatives || field.confidence >= FILL_THRESHOLD) continue;
    const options = field.alternatives
      .map((type) => ({
        type,
        text: fillValue(person, type, field.date ? { date: field.date } : {})?.text ?? '',
      }))
      .filter((o) => o.text !== '');
    if (options.length > 0) questions.push({ field, options });
  }
  const seenGroups = new Set<HTMLInputElement>();
  for (const field of fields) {
    if (!field.type || field.scope !== 'subject' || field.confidence < FILL_THRESHOLD) continue;
    if (field.element.disabled && !field.dependsOn) continue;
    // a read-only box that already shows a value is the site's stored data (a record's header): never overwritten
    // (an empty one is the site's to fill from a lookup, as DLA pages do, and is filled)
    if (showsStoredValue(field.element)) continue;
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
    if (!value || value.text === '') {
      missing.push({ field, hint: partialHint(person, field) });
      continue;
    }
    steps.push({ field, value, current: currentValue(field) });
  }
  return { steps, missing, questions };
}

function partialHint(person: FillPerson, field: DetectedField): string {
  const date =
    field.type === 'birthDate' ? person.birthDate : field.type === 'cardIssueDate' ? person.issueDate : null;
  return date ? (formatThaiDate(date, 'short') ?? '') : '';
}
