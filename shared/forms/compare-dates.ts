import type { PartialDate } from '../thai/partial-date';

/**
 * Compares two partial dates on the parts both know: −1, 0 or 1. `2568` vs `15 มี.ค. 2568` is 0 (cannot tell);
 * `ม.ค. 2569` vs `15 ธ.ค. 2568` is 1.
 */
export function compareCompleteDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return Math.sign(a.year - b.year);
  if (a.month === null || b.month === null || a.month === b.month) {
    if (a.month === null || b.month === null || a.day === null || b.day === null) return 0;
    return Math.sign(a.day - b.day);
  }
  return Math.sign(a.month - b.month);
}
