import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../register/person-record';
import { completeBeDate } from '../thai/date-arbitraries';
import type { PartialDate } from '../thai/partial-date';
import { firstPositionOutOfOrder, retirementPassed, salaryYearsMissing, startsBeforeAge } from './date-rules';
import { dayRange } from './day-number';
import { samplePerson } from './sample-register';

const d = (year: number, month: number | null = null, day: number | null = null): PartialDate => ({
  year,
  month,
  day,
});
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`date-rules property seed: ${seed} (rerun with FC_SEED=${seed})`);
const props = { seed, numRuns: 300 };

const withDates = (birthDate: PartialDate | null, startDate: PartialDate | null): PersonRecord => {
  const p = samplePerson(1);
  return { ...p, birthDate, appointment: { ...p.appointment, startDate } };
};
/** drops the day, or the day and month */
const partialize = (x: PartialDate, how: 0 | 1 | 2): PartialDate =>
  how === 0 ? x : how === 1 ? { ...x, day: null } : { ...x, month: null, day: null };

describe('START_BEFORE_18: start on or after the day the person completes 18 (Thai age counting)', () => {
  it.each([
    ['born 15 มี.ค. 2540, starts 14 มี.ค. 2558 (completes 18 that day)', d(2540, 3, 15), d(2558, 3, 14), false],
    ['born 15 มี.ค. 2540, starts 13 มี.ค. 2558', d(2540, 3, 15), d(2558, 3, 13), true],
    ['born 29 ก.พ. 2543 (leap), starts 28 ก.พ. 2561', d(2543, 2, 29), d(2561, 2, 28), false],
    ['born 29 ก.พ. 2543 (leap), starts 27 ก.พ. 2561', d(2543, 2, 29), d(2561, 2, 27), true],
    ['born 1 มี.ค. 2543, starts 28 ก.พ. 2561', d(2543, 3, 1), d(2561, 2, 28), false],
    ['year-only birth 2540, start year-only 2557', d(2540), d(2557), false],
    ['year-only birth 2540, start พ.ย. 2557 (before 31 ธ.ค. 2557)', d(2540), d(2557, 11), true],
    ['month-only birth ต.ค. 2540, start 30 ก.ย. 2558', d(2540, 10), d(2558, 9, 30), false],
    ['unknown start', d(2540, 3, 15), null, false],
  ])('%s', (_label, birth, start, expected) => {
    expect(startsBeforeAge(withDates(birth, start), 18)).toBe(expected);
  });

  it('matches a plain Date computation on complete dates, and partial dates never add a finding', () => {
    fc.assert(
      fc.property(
        completeBeDate,
        fc.integer({ min: 0, max: 40 * 366 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(0, 1, 2),
        (birth, after, hb, hs) => {
          const b = new Date(Date.UTC(2000, (birth.month ?? 1) - 1, birth.day ?? 1));
          b.setUTCFullYear(birth.year - 543);
          const start = new Date(b.getTime() + after * 86_400_000);
          const startBe = d(start.getUTCFullYear() + 543, start.getUTCMonth() + 1, start.getUTCDate());
          const completes = new Date(Date.UTC(2000, b.getUTCMonth(), b.getUTCDate()));
          completes.setUTCFullYear(b.getUTCFullYear() + 18);
          completes.setUTCDate(completes.getUTCDate() - 1);
          const expected = start.getTime() < completes.getTime();
          expect(startsBeforeAge(withDates(birth, startBe), 18)).toBe(expected);
          if (startsBeforeAge(withDates(partialize(birth, hb as 0), partialize(startBe, hs as 0)), 18)) {
            expect(expected).toBe(true);
          }
        },
      ),
      props,
    );
  });
});

describe('DATE_ORDER: ตำแหน่งและอัตราเงินเดือน rows in date order', () => {
  const rows = (...dates: (PartialDate | null)[]) =>
    samplePerson(1, { positions: dates.map((date) => ({ date })) }).positions;

  it('names the first row dated before the one above it', () => {
    expect(firstPositionOutOfOrder(rows(d(2560, 10, 1), d(2561, 4, 1), d(2560, 12, 1)))).toBe(2);
    expect(firstPositionOutOfOrder(rows(d(2560, 10, 1), null, d(2561, 4, 1)))).toBeNull();
    // 2561 (year only) could be any day of 2561, so neither neighbour is certainly out of order
    expect(firstPositionOutOfOrder(rows(d(2561, 4, 1), d(2561), d(2561, 2, 1)))).toBe(2);
    expect(firstPositionOutOfOrder(rows(d(2561, 4, 1), d(2561), d(2561, 6, 1)))).toBeNull();
  });

  it('never flags ascending dates, however partial; always flags a swapped pair of distinct complete dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(completeBeDate, fc.constantFrom(0, 1, 2)), { minLength: 2, maxLength: 12 }),
        (list) => {
          const sorted = [...list].sort((a, b) => dayRange(a[0]).earliest - dayRange(b[0]).earliest);
          expect(
            firstPositionOutOfOrder(rows(...sorted.map(([x, how]) => partialize(x, how as 0)))),
          ).toBeNull();
          const dates = sorted.map(([x]) => x);
          const last = dates.length - 1;
          if (dayRange(dates[0] as PartialDate).earliest < dayRange(dates[last] as PartialDate).earliest) {
            [dates[0], dates[last]] = [dates[last] as PartialDate, dates[0] as PartialDate];
            expect(firstPositionOutOfOrder(rows(...dates))).not.toBeNull();
          }
        },
      ),
      props,
    );
  });
});

describe('SALARY_YEAR_MISSING: a salary row for every fiscal year (Oct–Sep) of service', () => {
  const person = (start: PartialDate, rowDates: PartialDate[]) => {
    const p = samplePerson(1, { positions: rowDates.map((date) => ({ date, salary: 20_000 })) });
    return { ...p, appointment: { ...p.appointment, startDate: start } };
  };
  const oct1 = (fy: number) => d(fy - 1, 10, 1);

  it('counts through the current fiscal year once its first half is over, else through the previous one', () => {
    const start = d(2565, 10, 1); // FY 2566
    const all = [2566, 2567, 2568, 2569].map(oct1);
    expect(salaryYearsMissing(person(start, all), d(2569, 7, 20))).toEqual([]);
    expect(salaryYearsMissing(person(start, all.slice(0, 3)), d(2569, 7, 20))).toEqual([2569]);
    // 15 พ.ย. 2568 is in the first half of FY 2569: its row is not due yet
    expect(salaryYearsMissing(person(start, all.slice(0, 3)), d(2568, 11, 15))).toEqual([]);
    expect(salaryYearsMissing(person(start, [oct1(2566), oct1(2568)]), d(2568, 11, 15))).toEqual([2567]);
  });

  it('counts 30 ก.ย. in the fiscal year it ends and 1 ต.ค. in the next', () => {
    const start = d(2566, 9, 30); // FY 2566
    expect(salaryYearsMissing(person(start, [d(2566, 9, 30), d(2566, 10, 1)]), d(2567, 4, 1))).toEqual([]);
    expect(salaryYearsMissing(person(start, [d(2566, 10, 1)]), d(2567, 4, 1))).toEqual([2566]);
  });

  it('lets a year-only row cover either fiscal year its BE year touches; rows without salary do not count', () => {
    const start = d(2566, 1, 1); // FY 2566
    expect(salaryYearsMissing(person(start, [d(2566)]), d(2567, 4, 1))).toEqual([]);
    const noSalary = person(start, [d(2566, 1, 1)]);
    noSalary.positions = noSalary.positions.map((r) => ({ ...r, salary: null }));
    expect(salaryYearsMissing(noSalary, d(2566, 4, 1))).toEqual([2566]);
  });

  it('reports exactly the fiscal years whose rows were removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2500, max: 2600 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 5 }),
        (startFy, years, todayMonth, removeAt) => {
          const todayFy = startFy + years;
          const today = d(todayMonth >= 10 ? todayFy - 1 : todayFy, todayMonth, 15);
          const lastFy = todayMonth >= 4 && todayMonth <= 9 ? todayFy : todayFy - 1;
          const due = Array.from({ length: Math.max(0, lastFy - startFy + 1) }, (_, i) => startFy + i);
          const removed = new Set(removeAt.filter((i) => i < due.length).map((i) => due[i] as number));
          const rowDates = due.filter((fy) => !removed.has(fy)).map(oct1);
          expect(salaryYearsMissing(person(oct1(startFy), rowDates), today)).toEqual(
            due.filter((fy) => removed.has(fy)),
          );
        },
      ),
      props,
    );
  });
});

describe('RETIREMENT_PASSED: still active after 30 Sep of the fiscal year of the 60th birthday', () => {
  const born = (birthDate: PartialDate) => withDates(birthDate, d(2530, 1, 1));

  it.each([
    ['born 15 ม.ค. 2508, on 30 ก.ย. 2568', d(2508, 1, 15), d(2568, 9, 30), null],
    ['born 15 ม.ค. 2508, on 1 ต.ค. 2568', d(2508, 1, 15), d(2568, 10, 1), d(2568, 9, 30)],
    ['born 2 ต.ค. 2508, on 1 ต.ค. 2568', d(2508, 10, 2), d(2568, 10, 1), null],
    ['born 1 ต.ค. 2508, on 1 ต.ค. 2568', d(2508, 10, 1), d(2568, 10, 1), d(2568, 9, 30)],
    ['born 29 ก.พ. 2527, on 1 ต.ค. 2587', d(2527, 2, 29), d(2587, 10, 1), d(2587, 9, 30)],
    ['year-only birth 2508, on 1 ต.ค. 2568', d(2508), d(2568, 10, 1), d(2568, 9, 30)],
  ])('%s', (_label, birth, today, expected) => {
    expect(retirementPassed(born(birth), today, 60)).toEqual(expected);
  });

  it('fires exactly on the days after the retirement date', () => {
    fc.assert(
      fc.property(completeBeDate, fc.integer({ min: 55 * 366, max: 65 * 366 }), (birth, after) => {
        const b = new Date(Date.UTC(2000, (birth.month ?? 1) - 1, birth.day ?? 1));
        b.setUTCFullYear(birth.year - 543);
        const t = new Date(b.getTime() + after * 86_400_000);
        const today = d(t.getUTCFullYear() + 543, t.getUTCMonth() + 1, t.getUTCDate());
        const passed = retirementPassed(born(birth), today, 60);
        const retireFy = passed?.year;
        if (passed) expect(passed).toMatchObject({ month: 9, day: 30 });
        // the 60th birthday is in FY (birth year + 60) or the next; retirement is never before the day they complete 60
        if (passed) expect(retireFy).toBeGreaterThanOrEqual(birth.year + 60);
        if (passed) expect(dayRange(today).earliest).toBeGreaterThan(dayRange(passed).earliest);
      }),
      props,
    );
  });
});
