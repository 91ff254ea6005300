import { type DigitStyle, thaiToAsciiDigits, withDigits } from './digits';
import { isCompleteDate, isValidPartialDate, type PartialDate } from './partial-date';

/** How a date is written on a form: `numeric` 15/01/2530, `short` 15 ม.ค. 2530, `long` 15 มกราคม 2530. */
export type ThaiDateStyle = 'numeric' | 'short' | 'long';

/** Buddhist-era years accepted from typed text; anything else is most likely a CE year typed by mistake. */
export const BE_YEAR_MIN = 2400;
export const BE_YEAR_MAX = 2700;

const MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;
const MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

/** Thai month name (1–12) in full or abbreviated form. */
export function thaiMonthName(month: number, form: 'long' | 'short'): string {
  const name = (form === 'long' ? MONTHS_LONG : MONTHS_SHORT)[month - 1];
  if (!name) throw new RangeError(`month must be 1-12, got ${month}`);
  return name;
}

function intlFormat(d: PartialDate, style: ThaiDateStyle, digits: DigitStyle): string {
  const locale = digits === 'thai' ? 'th-TH-u-ca-buddhist-nu-thai' : 'th-TH-u-ca-buddhist-nu-latn';
  const month = style === 'numeric' ? '2-digit' : style;
  const day = style === 'numeric' ? '2-digit' : 'numeric';
  const date = new Date(Date.UTC(2000, (d.month ?? 1) - 1, d.day ?? 1));
  date.setUTCFullYear(d.year - 543);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month };
  if (d.day !== null) options.day = day;
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * Formats a BE date for a form, with ASCII or Thai digits. Partial dates keep only their known parts in the
 * `short`/`long` styles (`ม.ค. 2530`, `2530`); `numeric` needs a complete date and returns null otherwise,
 * so no day or month is ever invented.
 */
export function formatThaiDate(
  d: PartialDate,
  style: ThaiDateStyle,
  digits: DigitStyle = 'ascii',
): string | null {
  if (!isValidPartialDate(d)) return null;
  if (style === 'numeric' && !isCompleteDate(d)) return null;
  if (d.month === null) return withDigits(String(d.year), digits);
  return intlFormat(d, style, digits);
}

const MONTH_KEYS = new Map<string, number>(
  [...MONTHS_LONG, ...MONTHS_SHORT].map((name, i) => [monthKey(name), (i % 12) + 1]),
);

function monthKey(text: string): string {
  return text.replace(/[.\s]/g, '');
}

function checkedDate(year: number, month: number | null, day: number | null): PartialDate | null {
  if (year < BE_YEAR_MIN || year > BE_YEAR_MAX) return null;
  const d: PartialDate = { year, month, day };
  return isValidPartialDate(d) ? d : null;
}

/**
 * Parses what officers type: `15/01/2530` (also `-` or `.`), `15 ม.ค. 2530`, `15 มกราคม พ.ศ. 2530`, `ม.ค. 2530`,
 * `2530`, with ASCII or Thai digits. The year must be Buddhist-era (2400–2700); returns null otherwise.
 */
export function parseThaiDate(text: string): PartialDate | null {
  const t = thaiToAsciiDigits(text)
    .replace(/พ\.\s*ศ\.?/g, ' ')
    .replace(/^\s*วันที่/, '')
    .replace(/\s+/g, ' ')
    .trim();
  let m = /^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})$/.exec(t);
  if (m) return checkedDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:(\d{1,2})\s*)?([\u0E00-\u0E7F.\s]+?)\s*(\d{4})$/.exec(t);
  if (m?.[2]) {
    const month = MONTH_KEYS.get(monthKey(m[2]));
    if (month === undefined) return null;
    return checkedDate(Number(m[3]), month, m[1] ? Number(m[1]) : null);
  }
  m = /^(\d{4})$/.exec(t);
  return m ? checkedDate(Number(m[1]), null, null) : null;
}
