import { type PersonRecord, PersonRecord as PersonRecordSchema } from '../register/person-record';
import type { PartialDate } from '../thai/partial-date';
import { retirementDate } from '../thai/retirement';
import { parseThaiDate } from '../thai/thai-date-format';
import type { StatusChange } from './status-choices';

export { NEEDS_ORDER, STATUS_CHOICES, type StatusChange, statusChangeProblems } from './status-choices';

/** The date to put in the form for a retirement: 30 Sep of the fiscal year of the 60th birthday. */
export function retirementEffectiveDate(person: PersonRecord): PartialDate | null {
  return person.birthDate ? retirementDate(person.birthDate) : null;
}

/**
 * The register after the officer saved a status change (or a transfer order was approved): the appointment's status,
 * date and order; the history is kept as it is.
 */
export function applyStatusChange(person: PersonRecord, change: StatusChange, at: string): PersonRecord {
  const reference = [change.orderNo.trim(), change.orderDate.trim()].filter(Boolean).join(' ลงวันที่ ');
  return PersonRecordSchema.parse({
    ...person,
    appointment: {
      ...person.appointment,
      status: change.status,
      statusDate: parseThaiDate(change.effectiveDate),
      statusReference: reference,
    },
    provenance: {
      ...person.provenance,
      updatedAt: at,
      sections: { ...person.provenance.sections, appointment: 'capture' },
    },
  });
}
