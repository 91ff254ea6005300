import type { PersonRecord } from '../register/person-record';
import { fiscalHalfOf, fiscalYearOf } from '../thai/fiscal-year';
import { isValidPartialDate, type PartialDate } from '../thai/partial-date';
import { retirementDate } from '../thai/retirement';
import { dayNumber, dayRange } from './day-number';

/**
 * The cross-field date rules. Dates may be partial (year only, month only); a rule fires only when the record is
 * wrong for every day the partial dates could stand for, so an officer is never told to "fix" a correct record.
 */

const valid = (d: PartialDate | null): d is PartialDate => d !== null && isValidPartialDate(d);

/**
 * START_BEFORE_18: วันเริ่มปฏิบัติราชการ before the day the person completes `minAge` years. Thai age counting
 * (as in retirement.ts) completes a year on the day before the birthday, so a 29 Feb birth completes it on 28 Feb.
 */
export function startsBeforeAge(person: PersonRecord, minAge: number): boolean {
  const { birthDate: birth, appointment } = person;
  const start = appointment.startDate;
  if (!valid(birth) || !valid(start)) return false;
  const earliestBirth = dayRange(birth).earliest;
  const b = new Date(earliestBirth * 86_400_000);
  // Date.UTC rolls 29 Feb of a common year into 1 Mar; the day before is 28 Feb either way
  const completes = dayNumber(birth.year + minAge, b.getUTCMonth() + 1, b.getUTCDate()) - 1;
  return dayRange(start).latest < completes;
}

/** DATE_ORDER: index of the first ตำแหน่งและอัตราเงินเดือน row that is certainly earlier than a dated row above it. */
export function firstPositionOutOfOrder(rows: PersonRecord['positions']): number | null {
  let latestEarliest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < rows.length; i++) {
    const date = rows[i]?.date ?? null;
    if (!valid(date)) continue;
    const range = dayRange(date);
    if (range.latest < latestEarliest) return i;
    latestEarliest = Math.max(latestEarliest, range.earliest);
  }
  return null;
}

/**
 * SALARY_YEAR_MISSING: fiscal years of service with no salary row. Service runs from the fiscal year of
 * วันเริ่มปฏิบัติราชการ to the current fiscal year once its first half (and its 1 ต.ค. raise) is over, else to the
 * previous one. A year-only row may belong to either fiscal year its BE year touches, so it covers both.
 */
export function salaryYearsMissing(person: PersonRecord, today: PartialDate): number[] {
  const start = person.appointment.startDate;
  if (!valid(start)) return [];
  const startFy = fiscalYearOf(start) ?? start.year + 1;
  const todayFy = fiscalYearOf(today);
  if (todayFy === null) return [];
  const lastFy = fiscalHalfOf(today) === 2 ? todayFy : todayFy - 1;
  if (lastFy < startFy) return [];
  const covered = new Set<number>();
  for (const row of person.positions) {
    if (row.salary === null || !valid(row.date)) continue;
    const fy = fiscalYearOf(row.date);
    if (fy !== null) covered.add(fy);
    else {
      covered.add(row.date.year);
      covered.add(row.date.year + 1);
    }
  }
  const missing: number[] = [];
  // 80 years is beyond any career; the bound keeps a typo like BE 1567 from looping for centuries
  for (let fy = Math.max(startFy, lastFy - 80); fy <= lastFy; fy++) if (!covered.has(fy)) missing.push(fy);
  return missing;
}

/** RETIREMENT_PASSED: the retirement date when it is before `today`, else null. */
export function retirementPassed(person: PersonRecord, today: PartialDate, age: number): PartialDate | null {
  if (!valid(person.birthDate) || !valid(today)) return null;
  const retires = retirementDate(person.birthDate, age);
  if (retires === null || retires.month === null || retires.day === null) return null;
  return dayNumber(retires.year, retires.month, retires.day) < dayRange(today).earliest ? retires : null;
}
