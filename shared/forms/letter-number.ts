import { thaiToAsciiDigits } from '../thai/digits';

/**
 * A Thai official letter number (เลขที่หนังสือ) as printed on government letters: the agency's initials and its
 * numeric code, then `/`, an optional series letter (ว = circular, จ, ล, …) and the running number, e.g.
 * `มท ๐๘๐๙.๓/ว ๒๐๒๙`, `ชย ๐๐๒๓.๓ / ๕๗๖`, `มท 0806/ว 25`, and an อปท.'s own
 * five-digit code such as `ชย ๗๓๓๐๑/๑๒๓`. An optional leading "ที่" is dropped.
 */
export interface LetterNumber {
  agency: string;
  code: string;
  series: string;
  running: string;
}

const LETTER_NO = /^([ก-ฮ]{1,4}\.?)\s*(\d{4,6}(?:\.\d{1,3})*)\s*\/\s*(?:([ก-ฮ]{1,2}\.?)\s*)?(\d{1,6})$/;

export function parseLetterNumber(input: string): LetterNumber | null {
  const text = thaiToAsciiDigits(input).replace(/\s+/g, ' ').trim().replace(/^ที่\s*/, '');
  const m = LETTER_NO.exec(text);
  if (!m?.[1] || !m[2] || !m[4]) return null;
  return {
    agency: m[1].replace(/\.$/, ''),
    code: m[2],
    series: (m[3] ?? '').replace(/\.$/, ''),
    running: m[4],
  };
}

/** `LETTER_NO_INVALID` when the text is not a letter number in the official style. */
export function letterNumberProblem(input: string): 'LETTER_NO_INVALID' | null {
  return parseLetterNumber(input) ? null : 'LETTER_NO_INVALID';
}
