import { beToCe, ceToBe, daysInMonth, type PartialDate } from '../thai/partial-date';

/**
 * Dates as whole day numbers (days since 1970-01-01, UTC) so the checker compares and subtracts integers; a partial
 * date becomes the range of days it could be, and rules flag only what is wrong for every day in that range.
 */
export function dayNumber(beYear: number, month: number, day: number): number {
  const ce = beToCe(beYear);
  if (ce >= 100) return Date.UTC(ce, month - 1, day) / 86_400_000;
  // Date.UTC reads years 0–99 as 1900–1999
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(ce);
  return date.getTime() / 86_400_000;
}

/** First and last possible day of a partial BE date. */
export function dayRange(d: PartialDate): { earliest: number; latest: number } {
  if (d.month === null) return { earliest: dayNumber(d.year, 1, 1), latest: dayNumber(d.year, 12, 31) };
  if (d.day === null) {
    return {
      earliest: dayNumber(d.year, d.month, 1),
      latest: dayNumber(d.year, d.month, daysInMonth(d.year, d.month)),
    };
  }
  const n = dayNumber(d.year, d.month, d.day);
  return { earliest: n, latest: n };
}

/** `YYYY-MM-DD` (Christian era) → complete BE date; null when it is not a real date. */
export function parseIsoDate(iso: string): (PartialDate & { month: number; day: number }) | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(ceToBe(year), month)) return null;
  return { year: ceToBe(year), month, day };
}

/** Day number → `YYYY-MM-DD` (Christian era). */
export function isoFromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
