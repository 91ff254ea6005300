import type { FieldType } from '../../../shared/fields/field-types';
import type { FormCheckCode } from '../../../shared/forms/form-check-code';
import { citizenIdProblem } from '../../../shared/thai/citizen-id';
import { parseThaiPhone } from '../../../shared/thai/phone';
import { parseThaiDate } from '../../../shared/thai/thai-date-format';
import type { DetectedField } from '../detect/detected-field';

/** Stable codes of what the checklist can say about a field (shown with Thai text, stored without values). */
export type CheckCode =
  | 'REQUIRED_EMPTY'
  | 'CITIZEN_ID_CHECKSUM'
  | 'CITIZEN_ID_LENGTH'
  | 'DATE_INVALID'
  | 'BIRTH_YEAR_RANGE'
  | 'PHONE_INVALID'
  | 'POSTCODE_INVALID'
  | 'EMAIL_INVALID'
  // the other DLA forms' checks (transfer order, INFO08, ปลัด registry …), from extension/content/forms/
  | FormCheckCode;

export interface ChecklistItem {
  field: DetectedField;
  code: CheckCode;
}

function fieldValue(field: DetectedField): string {
  if (field.group) return field.group.some((r) => r.checked) ? 'checked' : '';
  return field.element.value.trim();
}

/** What is wrong with a non-empty value of a known type, or null. `todayBE` keeps the check free of the clock. */
function problem(type: FieldType, value: string, todayBE: number): CheckCode | null {
  switch (type) {
    case 'citizenId': {
      const p = citizenIdProblem(value);
      return p === 'CITIZEN_ID_CHECKSUM' ? 'CITIZEN_ID_CHECKSUM' : p ? 'CITIZEN_ID_LENGTH' : null;
    }
    case 'birthDate': {
      const d =
        parseThaiDate(value) ??
        (/^\d{4}-\d{2}-\d{2}$/.test(value) ? { year: Number(value.slice(0, 4)) + 543 } : null);
      if (!d) return 'DATE_INVALID';
      return d.year < todayBE - 100 || d.year > todayBE - 15 ? 'BIRTH_YEAR_RANGE' : null;
    }
    case 'cardIssueDate':
    case 'cardExpiryDate':
      return value === 'ตลอดชีพ' || parseThaiDate(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? null
        : 'DATE_INVALID';
    case 'phone':
    case 'mobile':
      return parseThaiPhone(value) ? null : 'PHONE_INVALID';
    case 'postcode':
      return /^\d{5}$/.test(value) ? null : 'POSTCODE_INVALID';
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'EMAIL_INVALID';
    default:
      return null;
  }
}

/**
 * The checklist of one form: required fields that are empty, and known fields whose value is invalid (citizen-ID
 * checksum, BE birth year, phone, postcode, email). Split ID boxes and radio groups count as one field.
 */
export function checkForm(fields: readonly DetectedField[], todayBE: number): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const seen = new Set<unknown>();
  for (const field of fields) {
    if (field.scope === 'other' || field.element.disabled) continue;
    const key =
      field.group?.[0] ??
      (field.type === 'citizenId' && field.part !== null ? 'citizenId-split' : field.element);
    if (seen.has(key)) continue;
    seen.add(key);
    let value = fieldValue(field);
    if (field.type === 'citizenId' && field.part !== null) {
      value = fields
        .filter((f) => f.type === 'citizenId' && f.part !== null && f.scope === field.scope)
        .map(fieldValue)
        .join('');
    }
    if (value === '') {
      if (field.required) items.push({ field, code: 'REQUIRED_EMPTY' });
      continue;
    }
    const code = field.type && field.scope === 'subject' ? problem(field.type, value, todayBE) : null;
    if (code) items.push({ field, code });
  }
  return items;
}
