import { thaiToAsciiDigits } from './digits';

/** Why a citizen ID is not valid; stable codes shown to officers through the checklist. */
export type CitizenIdProblem =
  | 'CITIZEN_ID_EMPTY'
  | 'CITIZEN_ID_NOT_DIGITS'
  | 'CITIZEN_ID_LENGTH'
  | 'CITIZEN_ID_CHECKSUM';

/** Strips spaces, dashes and dots and turns Thai digits into ASCII; does not validate. */
export function normalizeCitizenId(input: string): string {
  return thaiToAsciiDigits(input).replace(/[\s\-.\u200b]/g, '');
}

/** Check digit of the first 12 digits: (11 − Σ d[i]·(13−i) mod 11) mod 10 (DOPA mod-11 rule). */
export function citizenIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new TypeError('citizenIdCheckDigit needs exactly 12 ASCII digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Returns the problem with a (normalised or raw) citizen ID, or null when it is valid. */
export function citizenIdProblem(input: string): CitizenIdProblem | null {
  const id = normalizeCitizenId(input);
  if (id === '') return 'CITIZEN_ID_EMPTY';
  if (!/^\d+$/.test(id)) return 'CITIZEN_ID_NOT_DIGITS';
  if (id.length !== 13) return 'CITIZEN_ID_LENGTH';
  return citizenIdCheckDigit(id.slice(0, 12)) === Number(id[12]) ? null : 'CITIZEN_ID_CHECKSUM';
}

/** True when the input is 13 digits (after normalising) with a correct check digit. */
export function isValidCitizenId(input: string): boolean {
  return citizenIdProblem(input) === null;
}

/** Formats 13 digits as X-XXXX-XXXXX-XX-X; returns null when the input is not 13 digits. */
export function formatCitizenId(input: string): string | null {
  const id = normalizeCitizenId(input);
  const m = /^(\d)(\d{4})(\d{5})(\d{2})(\d)$/.exec(id);
  return m ? m.slice(1).join('-') : null;
}

/** Splits 13 digits into the group sizes of split ID boxes (e.g. [1,4,5,2,1]); null if they do not add up. */
export function splitCitizenId(input: string, groups: readonly number[] = [1, 4, 5, 2, 1]): string[] | null {
  const id = normalizeCitizenId(input);
  if (!/^\d{13}$/.test(id) || groups.reduce((a, b) => a + b, 0) !== 13) return null;
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(id.slice(at, at + size));
    at += size;
  }
  return parts;
}
