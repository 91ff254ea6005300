import { thaiToAsciiDigits } from './digits';

/** A Thai phone number: `0`-prefixed national digits and an optional extension (ต่อ). */
export interface ThaiPhone {
  kind: 'mobile' | 'landline';
  digits: string;
  extension: string | null;
}

const MOBILE = /^0[689]\d{8}$/;
const LANDLINE = /^0(?:2\d|3[2-9]|4[2-5]|5[2-6]|7[3-7])\d{6}$/;
const EXTENSION = /\s*(?:ต่อ|ext\.?|x|#)\s*(\d{1,5})\s*$/i;

/**
 * Parses what officers type (`081-234-5678`, `+66 81 234 5678`, `0-5321-1234 ต่อ 112`, Thai digits).
 * Returns null when the digits are neither a mobile (10 digits, 06/08/09) nor a landline (9 digits).
 */
export function parseThaiPhone(text: string): ThaiPhone | null {
  let t = thaiToAsciiDigits(text).trim();
  let extension: string | null = null;
  const ext = EXTENSION.exec(t);
  if (ext?.[1]) {
    extension = ext[1];
    t = t.slice(0, ext.index);
  }
  let digits = t.replace(/[\s\-().]/g, '');
  if (/^\+?66/.test(digits)) digits = `0${digits.replace(/^\+?66/, '')}`;
  if (!/^\d+$/.test(digits)) return null;
  if (MOBILE.test(digits)) return extension ? null : { kind: 'mobile', digits, extension: null };
  if (LANDLINE.test(digits)) return { kind: 'landline', digits, extension };
  return null;
}

/** Formats as government documents do: mobile `081-234-5678`, Bangkok `0-2123-4567`, province `0-5321-1234`, then ` ต่อ N`. */
export function formatThaiPhone(phone: ThaiPhone): string {
  const d = phone.digits;
  const main =
    phone.kind === 'mobile'
      ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`
      : `${d.slice(0, 1)}-${d.slice(1, 5)}-${d.slice(5)}`;
  return phone.extension ? `${main} ต่อ ${phone.extension}` : main;
}
