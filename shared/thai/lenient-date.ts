import { thaiToAsciiDigits } from './digits';
import { BE_OFFSET, isValidPartialDate, type PartialDate } from './partial-date';
import { BE_YEAR_MAX, BE_YEAR_MIN, parseThaiDate } from './thai-date-format';

/**
 * Lenient reading of the dates officers type into their own spreadsheets: `15/01/2530`, `๑๕ ม.ค. ๒๕๓๐`,
 * `15 มกราคม 2530`, `2530-01-15`, `15-Jan-1987`, `25300115`, a bare year, Excel date serials, and any of these
 * with a Common-era year. Always returns a Buddhist-era PartialDate.
 *
 * The era is decided by the year alone: 2400–2700 is BE, 1900–2157 is CE (+543); the ranges do not overlap, so
 * no guess is needed. Two-digit years (`15/01/30`) could be 2530 or 1930 and are refused as ambiguous.
 */
export type LenientDateProblem = 'DATE_INVALID' | 'DATE_AMBIGUOUS';
export type LenientDateResult = { ok: true; date: PartialDate } | { ok: false; problem: LenientDateProblem };

/** Common-era years accepted (the span `parseThaiDate` accepts for BE, shifted by 543). */
export const CE_YEAR_MIN = BE_YEAR_MIN - BE_OFFSET;
export const CE_YEAR_MAX = BE_YEAR_MAX - BE_OFFSET;

const invalid: LenientDateResult = { ok: false, problem: 'DATE_INVALID' };
const ambiguous: LenientDateResult = { ok: false, problem: 'DATE_AMBIGUOUS' };

/** A 4-digit year in either era → BE year, or null when it is in neither range. */
export function toBeYear(year: number): number | null {
  if (!Number.isInteger(year)) return null;
  if (year >= BE_YEAR_MIN && year <= BE_YEAR_MAX) return year;
  if (year >= CE_YEAR_MIN && year <= CE_YEAR_MAX) return year + BE_OFFSET;
  return null;
}

function result(year: number, month: number | null, day: number | null): LenientDateResult {
  const be = toBeYear(year);
  if (be === null) return invalid;
  const date: PartialDate = { year: be, month, day };
  return isValidPartialDate(date) ? { ok: true, date } : invalid;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_OFFSET_DAYS = 1462;
const DAY_MS = 86_400_000;

/**
 * An Excel date serial (days since 1899-12-30; 1904 workbooks count from 1904-01-01) → BE date. The calendar
 * date Excel stores is read as typed: a Thai officer whose Excel runs the Gregorian calendar and types
 * 15/01/2530 gets a serial for the CE year 2530, which is taken as BE 2530 — the year-range rule again.
 * Serials before 1 March 1900 (Excel's fictitious 29 Feb 1900) are refused.
 */
export function excelSerialToDate(serial: number, date1904 = false): LenientDateResult {
  if (!Number.isFinite(serial)) return invalid;
  const days = Math.floor(serial) + (date1904 ? EXCEL_1904_OFFSET_DAYS : 0);
  if (days < 61) return invalid;
  const d = new Date(EXCEL_EPOCH_MS + days * DAY_MS);
  if (Number.isNaN(d.getTime())) return invalid;
  return result(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const EN_MONTHS = new Map<string, number>(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
);
EN_MONTHS.set('sept', 9);

function englishMonth(word: string): number | null {
  return EN_MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

function clean(text: string): string {
  return thaiToAsciiDigits(text)
    .replace(/[\u200b\u00a0]/g, ' ')
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\s*(น\.)?$/, '') // a time Excel appended
    .replace(/^\s*(วันที่|ว\/ด\/ป|เกิด)\s*/, '')
    .replace(/(พ\.\s*ศ\.?|ค\.\s*ศ\.?|\bB\.?E\.?|\bA\.?D\.?)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Numeric forms: d/m/y, y-m-d, yyyymmdd, bare year; null when the text is none of them. */
function numericForms(t: string): LenientDateResult | null {
  let m = /^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d+)$/.exec(t);
  if (m) {
    if (m[3]?.length === 2) return ambiguous;
    if (m[3]?.length !== 4) return invalid;
    return result(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/.exec(t);
  if (m) return result(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/\-.]\s*(\d{4})$/.exec(t);
  if (m) return result(Number(m[2]), Number(m[1]), null);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return result(Number(m[1]), Number(m[2]) || null, Number(m[2]) ? Number(m[3]) || null : null);
  m = /^(\d+)$/.exec(t);
  if (m) {
    if (m[1]?.length === 2) return ambiguous;
    return m[1]?.length === 4 ? result(Number(m[1]), null, null) : invalid;
  }
  return null;
}

/** Worded forms: `15 ม.ค. 2530`, `15 มกราคม 1987`, `15-Jan-1987`, `January 1987`. */
function wordedForms(t: string): LenientDateResult | null {
  const m =
    /^(?:(\d{1,2})\s*[-\s]?\s*)?([\u0E00-\u0E7Fa-zA-Z.]+(?:\s[\u0E00-\u0E7F.]+)?)\s*[-\s,]?\s*(\d+)$/.exec(t);
  if (!m?.[2] || !m[3]) return null;
  if (m[3].length === 2) return ambiguous;
  if (m[3].length !== 4) return invalid;
  const be = toBeYear(Number(m[3]));
  if (be === null) return invalid;
  const day = m[1] ? Number(m[1]) : null;
  const en = englishMonth(m[2]);
  if (en !== null) return result(be, en, day);
  const parsed = parseThaiDate(`${day ?? ''} ${m[2]} ${be}`);
  return parsed ? { ok: true, date: parsed } : invalid;
}

/**
 * Parses typed date text. Returns null for an empty cell, a problem for text that is not a single possible date
 * (`31/02/2530`, `1 ตุลา 2567`, `15/01/30`), else the BE date. Unknown day or month stay null.
 */
export function parseLenientDate(text: string): LenientDateResult | null {
  const t = clean(text);
  if (t === '' || t === '-') return null;
  return numericForms(t) ?? wordedForms(t) ?? invalid;
}
