import { fiscalYearOf, fiscalYearRange } from './fiscal-year';
import { fromUtcDate, isValidPartialDate, type PartialDate, toUtcDate } from './partial-date';

/** Age at which local civil servants retire (พ.ร.บ.บำเหน็จบำนาญข้าราชการส่วนท้องถิ่น). */
export const RETIREMENT_AGE = 60;

/**
 * Fills unknown birth parts the way the Civil and Commercial Code §16 counts age: an unknown day is the
 * 1st of the month; an unknown month is 1 January of the birth year.
 */
export function birthDateForAgeCounting(birth: PartialDate): PartialDate & { month: number; day: number } {
  return { year: birth.year, month: birth.month ?? 1, day: birth.month === null ? 1 : (birth.day ?? 1) };
}

/**
 * Retirement date (วันครบเกษียณอายุ): 30 Sep of the fiscal year in which the person completes 60 years.
 * Thai age counting completes a year on the day *before* the birthday, so someone born 1 Oct completes 60 on
 * 30 Sep and retires that day, while someone born 2 Oct retires a year later. A 29 Feb birthday completes
 * the year on 28 Feb. Returns null for an invalid birth date.
 */
export function retirementDate(birth: PartialDate, age = RETIREMENT_AGE): PartialDate | null {
  if (!isValidPartialDate(birth)) return null;
  const b = birthDateForAgeCounting(birth);
  // toUtcDate rolls a 29 Feb birthday into 1 Mar of a non-leap year; one day earlier is 28 Feb.
  const completesOn = toUtcDate({ year: b.year + age, month: b.month, day: b.day });
  completesOn.setUTCDate(completesOn.getUTCDate() - 1);
  const completes = fromUtcDate(completesOn);
  const fy = fiscalYearOf(completes);
  return fy === null ? null : fiscalYearRange(fy).end;
}
