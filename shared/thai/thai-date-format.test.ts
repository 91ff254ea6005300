import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyBeDate, completeBeDate } from './date-arbitraries';
import type { PartialDate } from './partial-date';
import { formatThaiDate, parseThaiDate, type ThaiDateStyle, thaiMonthName } from './thai-date-format';

const inFormRange = (d: PartialDate) => d.year >= 2400 && d.year <= 2700;

describe('Thai date formatting', () => {
  const d: PartialDate = { year: 2530, month: 1, day: 15 };
  it.each([
    ['numeric', 'ascii', '15/01/2530'],
    ['numeric', 'thai', '๑๕/๐๑/๒๕๓๐'],
    ['short', 'ascii', '15 ม.ค. 2530'],
    ['long', 'ascii', '15 มกราคม 2530'],
    ['long', 'thai', '๑๕ มกราคม ๒๕๓๐'],
  ] as const)('%s with %s digits', (style, digits, expected) => {
    expect(formatThaiDate(d, style, digits)).toBe(expected);
  });

  it('keeps only the known parts of partial dates and never invents a day', () => {
    expect(formatThaiDate({ year: 2530, month: 1, day: null }, 'short')).toBe('ม.ค. 2530');
    expect(formatThaiDate({ year: 2530, month: null, day: null }, 'long')).toBe('2530');
    expect(formatThaiDate({ year: 2530, month: 1, day: null }, 'numeric')).toBeNull();
    expect(formatThaiDate({ year: 2566, month: 2, day: 29 }, 'short')).toBeNull();
  });

  it('names months in full and short form', () => {
    expect(thaiMonthName(10, 'long')).toBe('ตุลาคม');
    expect(thaiMonthName(10, 'short')).toBe('ต.ค.');
    expect(() => thaiMonthName(13, 'short')).toThrow(RangeError);
  });
});

describe('parsing what officers type', () => {
  it.each([
    ['1/10/2567', { year: 2567, month: 10, day: 1 }],
    ['01-10-2567', { year: 2567, month: 10, day: 1 }],
    ['๐๑/๑๐/๒๕๖๗', { year: 2567, month: 10, day: 1 }],
    ['1 ต.ค. 2567', { year: 2567, month: 10, day: 1 }],
    ['1 ต.ค 2567', { year: 2567, month: 10, day: 1 }],
    ['วันที่ 1 ตุลาคม พ.ศ. 2567', { year: 2567, month: 10, day: 1 }],
    ['ตุลาคม 2567', { year: 2567, month: 10, day: null }],
    ['2567', { year: 2567, month: null, day: null }],
  ])('%s', (text, expected) => {
    expect(parseThaiDate(text)).toEqual(expected);
  });

  it.each([['15/01/1987'], ['29/02/2566'], ['32/01/2567'], ['1 ตุลา 2567'], ['tomorrow'], ['']])(
    'rejects %j (CE years, impossible dates, unknown months)',
    (text) => {
      expect(parseThaiDate(text)).toBeNull();
    },
  );

  it('parse ∘ format is the identity for every style and digit set', () => {
    const style = fc.constantFrom<ThaiDateStyle>('numeric', 'short', 'long');
    const digits = fc.constantFrom('ascii' as const, 'thai' as const);
    fc.assert(
      fc.property(anyBeDate.filter(inFormRange), style, digits, (date, s, g) => {
        const text = formatThaiDate(date, s, g);
        if (text === null) expect(s === 'numeric' && date.day === null).toBe(true);
        else expect(parseThaiDate(text)).toEqual(date);
      }),
    );
    fc.assert(
      fc.property(completeBeDate.filter(inFormRange), (date) => {
        expect(formatThaiDate(date, 'numeric')).not.toBeNull();
      }),
    );
  });
});
