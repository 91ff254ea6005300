import type { PersonRecord } from '../register/person-record';
import { fiscalYearOf } from '../thai/fiscal-year';
import type { PartialDate } from '../thai/partial-date';
import { retirementDate } from '../thai/retirement';
import { compareCompleteDates } from './compare-dates';

export interface RetirementEntry {
  citizenId: string;
  retirementDate: PartialDate;
  /** past the date and still recorded as active: the status change is overdue */
  overdue: boolean;
}

/**
 * Status change (เปลี่ยนสถานะ) helper: the active people who retire in the fiscal year of `today`, and those whose
 * retirement date has passed while the register still shows them active. People without a birth date are left out
 * (the certification checklist reports them as incomplete).
 */
export function retirementList(people: readonly PersonRecord[], today: PartialDate): RetirementEntry[] {
  const fy = fiscalYearOf(today);
  const out: RetirementEntry[] = [];
  for (const p of people) {
    if (p.appointment.status !== 'active' || !p.birthDate) continue;
    const date = retirementDate(p.birthDate);
    if (!date) continue;
    const overdue = compareCompleteDates(date, today) < 0;
    if (overdue || fiscalYearOf(date) === fy)
      out.push({ citizenId: p.citizenId, retirementDate: date, overdue });
  }
  return out.sort((a, b) => compareCompleteDates(a.retirementDate, b.retirementDate));
}
