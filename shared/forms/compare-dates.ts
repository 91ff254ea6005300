import { dayRange } from '../readiness/day-number';
import type { PartialDate } from '../thai/partial-date';

/**
 * Compares two partial dates by the days each could be (the readiness checker's rule, `dayRange`): 1 when every day
 * of `a` is after every day of `b`, −1 when before, 0 when they overlap and so cannot be told apart. `2568` vs
 * `15 มี.ค. 2568` is 0; `ม.ค. 2569` vs `15 ธ.ค. 2568` is 1.
 */
export function compareCompleteDates(a: PartialDate, b: PartialDate): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra.earliest > rb.latest) return 1;
  if (ra.latest < rb.earliest) return -1;
  return 0;
}
