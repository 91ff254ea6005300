import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBeDate } from './date-arbitraries';
import { retirementDate } from './retirement';

const sep30 = (year: number) => ({ year, month: 9, day: 30 });

describe('retirement date (end of the fiscal year in which the person completes 60)', () => {
  it.each([
    ['15 ม.ค. 2508', { year: 2508, month: 1, day: 15 }, sep30(2568)],
    ['1 ต.ค. 2508 (completes 60 on 30 ก.ย.)', { year: 2508, month: 10, day: 1 }, sep30(2568)],
    ['2 ต.ค. 2508', { year: 2508, month: 10, day: 2 }, sep30(2569)],
    ['30 ก.ย. 2508', { year: 2508, month: 9, day: 30 }, sep30(2568)],
    ['31 ธ.ค. 2508', { year: 2508, month: 12, day: 31 }, sep30(2569)],
    ['29 ก.พ. 2527 (completes 60 on 28 ก.พ. 2587)', { year: 2527, month: 2, day: 29 }, sep30(2587)],
    ['29 ก.พ. 2583 (CE 2040; 2100 is not leap)', { year: 2583, month: 2, day: 29 }, sep30(2643)],
  ])('born %s', (_label, birth, expected) => {
    expect(retirementDate(birth)).toEqual(expected);
  });

  it('counts a year-only birth from 1 January and a month-only birth from the 1st (CCC §16)', () => {
    expect(retirementDate({ year: 2508, month: null, day: null })).toEqual(sep30(2568));
    expect(retirementDate({ year: 2508, month: 10, day: null })).toEqual(sep30(2568));
    expect(retirementDate({ year: 2508, month: 11, day: null })).toEqual(sep30(2569));
  });

  it('returns null for an impossible birth date', () => {
    expect(retirementDate({ year: 2566, month: 2, day: 29 })).toBeNull();
  });

  it('is always 30 Sep of birth year + 60 or + 61, and + 61 exactly for births 2 Oct – 31 Dec', () => {
    fc.assert(
      fc.property(completeBeDate, (birth) => {
        const r = retirementDate(birth);
        const late = (birth.month ?? 0) > 10 || (birth.month === 10 && (birth.day ?? 0) >= 2);
        expect(r).toEqual(sep30(birth.year + (late ? 61 : 60)));
      }),
    );
  });
});
