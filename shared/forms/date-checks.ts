import type { PartialDate } from '../thai/partial-date';
import { parseThaiDate } from '../thai/thai-date-format';
import { compareCompleteDates } from './compare-dates';

/**
 * Letter and order dates (หนังสือลงวันที่, วันที่คำสั่ง): a Buddhist-era date that is not after `today`.
 * A partial date is in the future only when its known part is.
 */
export function dateNotFutureProblem(
  input: string,
  today: PartialDate,
): 'DATE_INVALID' | 'DATE_FUTURE' | null {
  const date = parseThaiDate(input);
  if (!date) return 'DATE_INVALID';
  return compareCompleteDates(date, today) > 0 ? 'DATE_FUTURE' : null;
}
