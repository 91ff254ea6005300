import type { FieldType } from '../../../shared/fields/field-types';
import { normalizeCitizenId } from '../../../shared/thai/citizen-id';
import { parseThaiDate } from '../../../shared/thai/thai-date-format';
import { normalizeLabel } from '../detect/normalize-label';

const DATES: readonly FieldType[] = ['birthDate', 'cardIssueDate', 'cardExpiryDate'];

/**
 * Whether what the page holds after a fill still means what was filled. Pages reformat values (dashes in IDs,
 * zero-padded dates), which is fine; a cleared or changed value is not.
 */
export function sameValue(type: FieldType, expected: string, actual: string): boolean {
  if (actual === expected) return true;
  if (type === 'citizenId')
    return normalizeCitizenId(actual) === normalizeCitizenId(expected) && actual !== '';
  if (DATES.includes(type)) {
    const a = parseThaiDate(actual);
    const e = parseThaiDate(expected);
    return a !== null && e !== null && a.year === e.year && a.month === e.month && a.day === e.day;
  }
  return normalizeLabel(actual) === normalizeLabel(expected);
}
