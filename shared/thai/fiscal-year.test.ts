import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBeDate } from './date-arbitraries';
import { fiscalHalfOf, fiscalYearOf, fiscalYearRange } from './fiscal-year';

describe('fiscal year (1 Oct – 30 Sep, named by the BE year it ends in)', () => {
  it.each([
    [{ year: 2567, month: 9, day: 30 }, 2567],
    [{ year: 2567, month: 10, day: 1 }, 2568],
    [{ year: 2567, month: 12, day: 31 }, 2568],
    [{ year: 2568, month: 1, day: 1 }, 2568],
  ])('%j is in ปีงบประมาณ %i', (d, fy) => {
    expect(fiscalYearOf(d)).toBe(fy);
  });

  it('is unknown without a month', () => {
    expect(fiscalYearOf({ year: 2567, month: null, day: null })).toBeNull();
  });

  it('ปีงบประมาณ 2568 runs 1 ต.ค. 2567 – 30 ก.ย. 2568, halves split at April', () => {
    expect(fiscalYearRange(2568)).toEqual({
      start: { year: 2567, month: 10, day: 1 },
      end: { year: 2568, month: 9, day: 30 },
    });
    expect(fiscalHalfOf({ year: 2567, month: 10, day: 1 })).toBe(1);
    expect(fiscalHalfOf({ year: 2568, month: 3, day: 31 })).toBe(1);
    expect(fiscalHalfOf({ year: 2568, month: 4, day: 1 })).toBe(2);
  });

  it('every date lies inside the range of its fiscal year', () => {
    fc.assert(
      fc.property(completeBeDate, (d) => {
        const fy = fiscalYearOf(d) ?? Number.NaN;
        const { start, end } = fiscalYearRange(fy);
        const key = (x: typeof d) => (x.year * 100 + (x.month ?? 0)) * 100 + (x.day ?? 0);
        expect(key(d)).toBeGreaterThanOrEqual(key(start));
        expect(key(d)).toBeLessThanOrEqual(key(end));
      }),
    );
  });
});
