import type { DateFormat } from '../../../shared/fields/field-types';
import type { SiteProfile } from '../../../shared/profile/site-profile';
import { parseThaiDate } from '../../../shared/thai/thai-date-format';
import { applySlots } from './apply-slots';
import type { DetectedField, FormControl } from './detected-field';
import { applyGrammars } from './grammars';
import { classify } from './heuristics';
import { displayLabel, indexLabels, labelEvidence } from './label-evidence';
import { claimLoneIdentity } from './lone-identity';
import { pageSlots } from './page-slots';
import { findProfilePage, resolveLocator } from './resolve-profile';
import { idBoxesBySiblings, unlabelledIdBoxes } from './unlabelled-id-boxes';

/** Confidence below which a heuristic guess is never filled. */
export const FILL_THRESHOLD = 0.7;

function isRequired(el: FormControl, label: string): boolean {
  return el.required || el.getAttribute('aria-required') === 'true' || /[*＊]/.test(label);
}

const DATE_TYPES = new Set(['birthDate', 'cardIssueDate', 'cardExpiryDate']);

/** The date format a field shows it wants: a native date input is ISO (CE); text dates are Thai dd/mm/yyyy BE. */
export function inferDateFormat(el: FormControl): DateFormat {
  if (el instanceof HTMLInputElement && el.type === 'date')
    return { style: 'iso', digits: 'ascii', era: 'CE' };
  const hint = `${el.getAttribute('placeholder') ?? ''} ${el.value}`;
  const digits = /[๐-๙]/.test(hint) ? 'thai' : 'ascii';
  if (/[ก-ฮ]/.test(el.value) && parseThaiDate(el.value)) {
    return { style: /[ก-ฮ]{4,}/.test(el.value) ? 'long' : 'short', digits, era: 'BE' };
  }
  const ce = /yyyy|ค\.ศ\./i.test(hint) && !/พ\.ศ\.|ปปปป/.test(hint);
  return { style: 'numeric', digits, era: ce ? 'CE' : 'BE' };
}

function rawLabel(el: FormControl, labels: Map<Element, HTMLLabelElement[]>): string {
  const cell = el.closest('td')?.previousElementSibling;
  return labels.get(el)?.[0]?.textContent ?? cell?.textContent ?? '';
}

/**
 * Detects every input, select and textarea of the document in order: site profile first (when its page and
 * fingerprint match), heuristics for the rest. Controls a profile marks mustNotFill stay unknown.
 */
export function detectFields(doc: Document, url: URL, profiles: readonly SiteProfile[]): DetectedField[] {
  const controls = Array.from(doc.querySelectorAll<FormControl>('input, select, textarea'));
  const page = findProfilePage(doc, url, profiles)?.page ?? null;
  const labels = indexLabels(doc);
  const byElement = new Map<FormControl, Partial<DetectedField>>();
  const blocked = new Set<FormControl>();

  if (page) {
    for (const locator of page.mustNotFill)
      for (const el of resolveLocator(locator, controls)) blocked.add(el);
    const citizenParts = page.fields.filter((f) => f.type === 'citizenId' && f.part !== undefined);
    for (const field of page.fields) {
      const found = resolveLocator(field.locator, controls);
      const radios =
        found.length > 1 && found.every((el) => el instanceof HTMLInputElement && el.type === 'radio');
      if (found.length !== 1 && !radios) continue; // stale locator: heuristics take this field
      const parts =
        field.part !== undefined
          ? citizenParts.map((p) => {
              const [box] = resolveLocator(p.locator, controls);
              return box instanceof HTMLInputElement && box.maxLength > 0 ? box.maxLength : 0;
            })
          : undefined;
      for (const el of found) {
        byElement.set(el, {
          type: field.type,
          scope: field.scope,
          part: field.part ?? null,
          confidence: 1,
          source: 'profile',
          required: field.required || isRequired(el, rawLabel(el, labels)),
          ...(field.date ? { date: field.date } : {}),
          ...(field.dependsOn ? { dependsOn: field.dependsOn } : {}),
          ...(parts?.every((n) => n > 0) ? { parts } : {}),
          ...(radios ? { group: found as HTMLInputElement[] } : {}),
        });
      }
    }
  }

  const detected = controls.map((element, index): DetectedField => {
    const evidence = labelEvidence(element, labels);
    const label = displayLabel(evidence);
    const fromProfile = byElement.get(element);
    if (blocked.has(element)) {
      return {
        index,
        element,
        type: null,
        part: null,
        scope: 'other',
        confidence: 1,
        source: 'profile',
        label,
        required: false,
      };
    }
    if (fromProfile) return { index, element, label, ...fromProfile } as DetectedField;
    const c = classify(element, evidence);
    const date = c.type && DATE_TYPES.has(c.type) ? { date: inferDateFormat(element) } : {};
    return {
      ...date,
      index,
      element,
      type: c.type,
      part: null,
      scope: c.scope,
      confidence: c.confidence,
      ...(c.alternatives ? { alternatives: c.alternatives } : {}),
      ...(c.otherByName ? { otherByName: true } : {}),
      source: 'heuristic',
      label,
      required: isRequired(element, rawLabel(element, labels)),
    };
  });
  unlabelledIdBoxes(detected);
  applyGrammars(detected);
  idBoxesBySiblings(detected);
  const sections = pageSlots(doc);
  claimLoneIdentity(detected, sections);
  applySlots(detected, sections);
  textAreasHoldAddresses(detected);
  return detected;
}

/**
 * A text area holds free text: of the card's fields only a whole address fits one ("ข้อความในอีเมลแจ้งสลิป" is no
 * e-mail, "ความเห็นของจังหวัด" no province).
 */
function textAreasHoldAddresses(fields: DetectedField[]): void {
  for (const f of fields)
    if (
      f.source === 'heuristic' &&
      f.element instanceof HTMLTextAreaElement &&
      f.type &&
      f.type !== 'addressLine'
    ) {
      f.type = null;
      f.part = null;
      f.confidence = 0;
    }
}
