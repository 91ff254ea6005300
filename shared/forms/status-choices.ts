import type { StaffStatus } from '../register/staff-type';
import type { PartialDate } from '../thai/partial-date';
import { parseThaiDate } from '../thai/thai-date-format';
import { dateNotFutureProblem } from './date-checks';
import type { FormCheckCode } from './form-check-code';

// Kept apart from status-change.ts (which parses PersonRecords with zod): the content script checks the form with it.
/** The LHR status-change choices (seed 004) mapped onto the register's statuses. */
export const STATUS_CHOICES = {
  เกษียณอายุ: 'retired',
  ลาออก: 'resigned',
  ให้ออก: 'dismissed',
  ปลดออก: 'dismissed',
  ไล่ออก: 'dismissed',
  ถึงแก่กรรม: 'deceased',
  โอนย้าย: 'transferred-out',
} as const satisfies Record<string, StaffStatus>;

export interface StatusChange {
  status: Exclude<StaffStatus, 'active'>;
  /** วันที่มีผล as typed on the page */
  effectiveDate: string;
  orderNo: string;
  orderDate: string;
}

/** Which statuses need an order behind them: everything but retirement (by law) and death (a death certificate). */
export const NEEDS_ORDER: ReadonlySet<StatusChange['status']> = new Set([
  'resigned',
  'dismissed',
  'transferred-out',
]);

/**
 * Checks of the status-change form: resignation, dismissal and transfer need an order number and date; dates must
 * parse and not lie in the future (the effective date may: a resignation is often ordered ahead).
 */
export function statusChangeProblems(change: StatusChange, today: PartialDate): FormCheckCode[] {
  const problems: FormCheckCode[] = [];
  if (!parseThaiDate(change.effectiveDate)) problems.push('DATE_INVALID');
  if (NEEDS_ORDER.has(change.status)) {
    if (change.orderNo.trim() === '' || change.orderDate.trim() === '') problems.push('ORDER_REQUIRED');
    else {
      const p = dateNotFutureProblem(change.orderDate, today);
      if (p) problems.push(p);
    }
  }
  return problems;
}
