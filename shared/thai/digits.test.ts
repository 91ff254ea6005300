import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiToThaiDigits, thaiToAsciiDigits, withDigits } from './digits';

describe('Thai digits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['บ้านเลขที่ ๙๙/๑', 'บ้านเลขที่ 99/1'],
    ['no digits', 'no digits'],
  ])('%s → %s', (thai, ascii) => {
    expect(thaiToAsciiDigits(thai)).toBe(ascii);
  });

  it('writes ASCII digits in Thai only when asked', () => {
    expect(withDigits('15/01/2530', 'thai')).toBe('๑๕/๐๑/๒๕๓๐');
    expect(withDigits('15/01/2530', 'ascii')).toBe('15/01/2530');
  });

  it('round-trips any string of ASCII digits and text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const ascii = thaiToAsciiDigits(s);
        expect(thaiToAsciiDigits(asciiToThaiDigits(ascii))).toBe(ascii);
        expect(asciiToThaiDigits(ascii)).not.toMatch(/[0-9]/);
      }),
    );
  });
});
