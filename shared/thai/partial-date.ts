/**
 * A date whose month and day may be unknown, as Thai ID cards record it (`YYYY0000`, `YYYYMM00`).
 * `year` is always the Buddhist-era year (CE + 543); unknown parts are null, never guessed.
 */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** A card date: a partial date, or `lifelong` for expiry `99999999` (holders over 70). */
export type CardDate = PartialDate | 'lifelong';

/** Offset between the Buddhist and Common eras for dates after BE 2484 (1941). */
export const BE_OFFSET = 543;

/** Buddhist-era year → Common-era year (valid since 1941, when the Thai year began on 1 January). */
export function beToCe(beYear: number): number {
  return beYear - BE_OFFSET;
}

/** Common-era year → Buddhist-era year. */
export function ceToBe(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

/** Days in a month of a Buddhist-era year; leap years follow the CE year (BE 2567 = 2024 has 29 ก.พ.). */
export function daysInMonth(beYear: number, month: number): number {
  return new Date(Date.UTC(beToCe(beYear), month, 0)).getUTCDate();
}

/** True when the parts form a possible date: month 1–12 (or null), day within the month (or null, and only with a month). */
export function isValidPartialDate(d: PartialDate): boolean {
  if (!Number.isInteger(d.year) || d.year < 1) return false;
  if (d.month === null) return d.day === null;
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return false;
  if (d.day === null) return true;
  return Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** True when year, month and day are all known. */
export function isCompleteDate(d: PartialDate): d is PartialDate & { month: number; day: number } {
  return d.month !== null && d.day !== null;
}

/**
 * Parses a card date `YYYYMMDD` (BE). `00` month/day mean unknown; `99999999` is lifelong.
 * Returns null for anything else that is not a possible date (all zeros, month 13, 31 ก.พ., a day without a month).
 */
export function parseCardDate(raw: string): CardDate | null {
  const text = raw.trim();
  if (text === '99999999') return 'lifelong';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]) || null;
  const day = Number(m[3]) || null;
  const date: PartialDate = { year, month, day };
  return year > 0 && isValidPartialDate(date) ? date : null;
}

/** Writes a card date back as `YYYYMMDD` with `00` for unknown parts (the inverse of parseCardDate). */
export function formatCardDate(d: CardDate): string {
  if (d === 'lifelong') return '99999999';
  const pad = (n: number | null, w: number) => String(n ?? 0).padStart(w, '0');
  return `${pad(d.year, 4)}${pad(d.month, 2)}${pad(d.day, 2)}`;
}

/** A complete date as a UTC `Date` (for arithmetic only; display goes through thai-date-format). */
export function toUtcDate(d: PartialDate & { month: number; day: number }): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(beToCe(d.year));
  return date;
}

/** A UTC `Date` as a complete Buddhist-era partial date. */
export function fromUtcDate(date: Date): PartialDate {
  return { year: ceToBe(date.getUTCFullYear()), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
