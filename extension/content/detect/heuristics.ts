import type { FieldScope, FieldType } from '../../../shared/fields/field-types';
import type { FormControl } from './detected-field';
import { ENGLISH, NEVER_FILL, OTHER_PERSON, RULES } from './heuristic-rules';
import type { Evidence, EvidenceSource } from './label-evidence';
import { splitLabel } from './normalize-label';

const WEIGHT: Record<EvidenceSource, number> = {
  label: 1,
  aria: 0.95,
  tableColumn: 0.9,
  definition: 0.9,
  headerRow: 0.8,
  sibling: 0.75,
  placeholder: 0.7,
  title: 0.6,
  name: 0.55,
};

const TO_ENGLISH: Partial<Record<FieldType, FieldType>> = {
  title: 'titleEn',
  firstName: 'firstNameEn',
  middleName: 'middleNameEn',
  lastName: 'lastNameEn',
  fullName: 'fullNameEn',
};

export interface Classification {
  type: FieldType | null;
  scope: FieldScope | null;
  confidence: number;
}

const UNKNOWN: Classification = { type: null, scope: null, confidence: 0 };

/** Scores one control against the rules; the strongest evidence source decides, negatives veto. */
export function classify(el: FormControl, evidence: readonly Evidence[], section: string): Classification {
  if (
    el instanceof HTMLInputElement &&
    ['password', 'hidden', 'submit', 'button', 'image', 'file', 'reset'].includes(el.type)
  ) {
    return UNKNOWN;
  }
  const texts = evidence.map((e) => ({ ...e, ...splitLabel(e.text) }));
  if (texts.some((e) => e.source !== 'name' && NEVER_FILL.test(e.main))) return UNKNOWN;
  if (el instanceof HTMLInputElement && el.type === 'email')
    return { type: 'email', scope: scopeOf(texts, section), confidence: 0.95 };

  let best: { type: FieldType; score: number } | null = null;
  for (const rule of RULES) {
    let score = 0;
    for (const e of texts) {
      const text = e.source === 'name' ? e.text : e.main;
      const matches = e.source === 'name' ? (rule.name?.test(text) ?? false) : rule.positive.test(text);
      if (!matches) continue;
      if (e.source !== 'name' && rule.negative?.test(text)) {
        score = -1; // the nearest matching evidence says "not this": veto
        break;
      }
      score = Math.max(score, WEIGHT[e.source]);
    }
    if (score > (best?.score ?? 0)) best = { type: rule.type, score };
  }
  if (!best) return UNKNOWN;
  const english = texts.some(
    (e) => e.source !== 'name' && (ENGLISH.test(e.main) || e.notes.some((n) => ENGLISH.test(n))),
  );
  const type = english ? (TO_ENGLISH[best.type] ?? best.type) : best.type;
  return { type, scope: scopeOf(texts, section), confidence: best.score };
}

function scopeOf(
  texts: ReadonlyArray<{ source: EvidenceSource; main: string }>,
  section: string,
): FieldScope {
  const labelSaysOther = texts.some(
    (e) => e.source !== 'name' && e.source !== 'placeholder' && OTHER_PERSON.test(e.main),
  );
  return labelSaysOther || OTHER_PERSON.test(section) ? 'other' : 'subject';
}
