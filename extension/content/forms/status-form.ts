import type { RetirementRow } from '../../../shared/protocol/forms-messages';
import type { DetectedField } from '../detect/detected-field';
import { normalizeLabel } from '../detect/normalize-label';
import { formRoles } from './form-roles';

/** What the status-change overlay shows: the register's retirement list (or why it could not be read). */
export interface StatusFormState {
  rows: RetirementRow[] | null;
  error: string | null;
  /** the person last put into the form from the list */
  filled: string | null;
}

/** The status-change form's own controls, by their labels (seed 004: สถานะใหม่, วันที่มีผล, คำสั่งเลขที่ …). */
export interface StatusControls {
  status: HTMLSelectElement;
  effective: DetectedField | null;
}

const labelled = (fields: readonly DetectedField[], re: RegExp) =>
  fields.find((f) => re.test(normalizeLabel(f.label).replace(/[:*]/g, '').trim()));

export function statusControls(fields: readonly DetectedField[]): StatusControls | null {
  const status = labelled(fields, /^สถานะ(ใหม่|ที่เปลี่ยน)?$|^เปลี่ยนสถานะเป็น$/);
  if (!(status?.element instanceof HTMLSelectElement)) return null;
  return { status: status.element, effective: labelled(fields, /^วันที่มีผล|^มีผลตั้งแต่วันที่/) ?? null };
}

/** A status-change form: a status select and an order number (the status-change feature's include). */
export function isStatusChangeForm(fields: readonly DetectedField[]): boolean {
  return statusControls(fields) !== null && formRoles(fields).some((r) => r.role === 'orderNo');
}
