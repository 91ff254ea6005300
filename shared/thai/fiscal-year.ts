import type { PartialDate } from './partial-date';

/**
 * Thai government fiscal year (ปีงบประมาณ): 1 Oct – 30 Sep, named by the BE year in which it ends.
 * ปีงบประมาณ 2568 = 1 ต.ค. 2567 – 30 ก.ย. 2568. Returns null when the month is unknown.
 */
export function fiscalYearOf(d: PartialDate): number | null {
  if (d.month === null) return null;
  return d.month >= 10 ? d.year + 1 : d.year;
}

/** First and last day of a BE fiscal year. */
export function fiscalYearRange(fiscalYear: number): { start: PartialDate; end: PartialDate } {
  return {
    start: { year: fiscalYear - 1, month: 10, day: 1 },
    end: { year: fiscalYear, month: 9, day: 30 },
  };
}

/** Half of the fiscal year used by evaluations and salary steps: 1 (1 ต.ค.–31 มี.ค.) or 2 (1 เม.ย.–30 ก.ย.). */
export function fiscalHalfOf(d: PartialDate): 1 | 2 | null {
  if (d.month === null) return null;
  return d.month >= 10 || d.month <= 3 ? 1 : 2;
}
