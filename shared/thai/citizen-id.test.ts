import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citizenIdCheckDigit,
  citizenIdProblem,
  formatCitizenId,
  isValidCitizenId,
  normalizeCitizenId,
  splitCitizenId,
} from './citizen-id';

const twelveDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 })
  .map((d) => d.join(''));
const validId = twelveDigits.map((p) => `${p}${citizenIdCheckDigit(p)}`);

describe('citizen ID', () => {
  it('accepts the published test vector and rejects its neighbour', () => {
    expect(isValidCitizenId('1101700207030')).toBe(true);
    expect(citizenIdProblem('1101700230705')).toBe('CITIZEN_ID_CHECKSUM');
  });

  it.each([
    ['1-1017-00207-03-0', '1101700207030'],
    ['1 1017 00207 03 0', '1101700207030'],
    ['๑-๑๐๑๗-๐๐๒๐๗-๐๓-๐', '1101700207030'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeCitizenId(input)).toBe(expected);
    expect(isValidCitizenId(input)).toBe(true);
  });

  it.each([
    ['', 'CITIZEN_ID_EMPTY'],
    ['110170020703', 'CITIZEN_ID_LENGTH'],
    ['11017002070300', 'CITIZEN_ID_LENGTH'],
    ['11017002070a0', 'CITIZEN_ID_NOT_DIGITS'],
  ])('reports %j as %s', (input, problem) => {
    expect(citizenIdProblem(input)).toBe(problem);
  });

  it('formats as X-XXXX-XXXXX-XX-X and splits for ID boxes', () => {
    expect(formatCitizenId('1101700207030')).toBe('1-1017-00207-03-0');
    expect(formatCitizenId('123')).toBeNull();
    expect(splitCitizenId('1101700207030')).toEqual(['1', '1017', '00207', '03', '0']);
    expect(splitCitizenId('1101700207030', [13])).toEqual(['1101700207030']);
    expect(splitCitizenId('1101700207030', [4, 4])).toBeNull();
  });

  it('catches a single-digit change exactly when the mod-11 rule can (never at weight 11, never residue 0 ↔ 10)', () => {
    // The DOPA rule cannot see the 3rd digit (weight 11 ≡ 0) and maps residues 0 and 10 to the same check digit 1.
    const residue = (id: string) =>
      [...id.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (13 - i), 0) % 11;
    fc.assert(
      fc.property(validId, fc.nat(12), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        expect(isValidCitizenId(id)).toBe(true);
        const changed = `${id.slice(0, pos)}${(Number(id[pos]) + delta) % 10}${id.slice(pos + 1)}`;
        const [a, b] = [residue(id), residue(changed)].sort();
        const blind = pos === 2 || (a === 0 && b === 10);
        expect(isValidCitizenId(changed)).toBe(blind);
      }),
    );
  });

  it('catches every change of the check digit and every change outside the 3rd digit of a typical ID', () => {
    expect(isValidCitizenId('1101700207031')).toBe(false);
    expect(isValidCitizenId('1201700207030')).toBe(false);
    expect(isValidCitizenId('1121700207030')).toBe(true); // the 3rd digit has weight 11: a known blind spot
  });

  it('format then normalise is the identity', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(normalizeCitizenId(formatCitizenId(id) ?? '')).toBe(id);
      }),
    );
  });
});
