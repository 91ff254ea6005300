import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyBeDate } from './date-arbitraries';
import {
  beToCe,
  ceToBe,
  daysInMonth,
  formatCardDate,
  isValidPartialDate,
  parseCardDate,
} from './partial-date';

describe('card dates (BE YYYYMMDD)', () => {
  it.each([
    ['25300115', { year: 2530, month: 1, day: 15 }],
    ['25300100', { year: 2530, month: 1, day: null }],
    ['25300000', { year: 2530, month: null, day: null }],
    ['25670229', { year: 2567, month: 2, day: 29 }],
  ])('%s is a (partial) date and never NaN', (raw, expected) => {
    expect(parseCardDate(raw)).toEqual(expected);
  });

  it('99999999 is lifelong, not year 9999', () => {
    expect(parseCardDate('99999999')).toBe('lifelong');
  });

  it.each([['00000000'], ['25301300'], ['25660229'], ['25300015'], ['2530011'], ['        '], ['2530-1-1']])(
    'rejects %j instead of inventing a date',
    (raw) => {
      expect(parseCardDate(raw)).toBeNull();
    },
  );

  it('converts BE ↔ CE with 543', () => {
    expect(beToCe(2567)).toBe(2024);
    expect(ceToBe(2024)).toBe(2567);
    expect(daysInMonth(2567, 2)).toBe(29);
    expect(daysInMonth(2566, 2)).toBe(28);
    expect(daysInMonth(2443, 2)).toBe(28); // CE 1900 is not a leap year
  });

  it('formatCardDate ∘ parseCardDate is the identity for every valid date', () => {
    fc.assert(
      fc.property(anyBeDate, (d) => {
        expect(isValidPartialDate(d)).toBe(true);
        expect(parseCardDate(formatCardDate(d))).toEqual(d);
      }),
    );
  });
});
