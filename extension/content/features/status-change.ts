import browser from 'webextension-polyfill';
import { NEEDS_ORDER, STATUS_CHOICES } from '../../../shared/forms/status-choices';
import type { RetirementRow } from '../../../shared/protocol/forms-messages';
import { formatThaiDate } from '../../../shared/thai/thai-date-format';
import type { AssistSession } from '../assist-session';
import type { ChecklistItem } from '../checklist/check-form';
import type { DetectedField } from '../detect/detected-field';
import { setControlValue } from '../fill/set-value';
import { formRoles } from '../forms/form-roles';
import { isStatusChangeForm, statusControls } from '../forms/status-form';
import { ask, okField } from '../register/register-client';
import type { Feature } from './feature-manager';

/**
 * The status change (เปลี่ยนสถานะ, seed 004): the register's list of who retires this fiscal year and who is past
 * retirement but still active; a pick fills the form with the computed retirement date; resignation and dismissal
 * need the order (ORDER_REQUIRED in the checklist and at the guard); a real save records the status in the register.
 */

type Status = (typeof STATUS_CHOICES)[keyof typeof STATUS_CHOICES];

function chosenStatus(select: HTMLSelectElement): Status | null {
  const text = (select.selectedOptions[0]?.text ?? '').trim();
  return select.value === '' ? null : ((STATUS_CHOICES as Record<string, Status>)[text] ?? null);
}

const roleValue = (fields: readonly DetectedField[], role: string) =>
  formRoles(fields).find((r) => r.role === role)?.field;

/** The order is required for resignation, dismissal and transfer; it goes on the order-number field. */
export function orderChecks(fields: readonly DetectedField[]): ChecklistItem[] {
  const controls = statusControls(fields);
  const status = controls && chosenStatus(controls.status);
  if (!status || !NEEDS_ORDER.has(status)) return [];
  const orderNo = roleValue(fields, 'orderNo');
  const orderDate = roleValue(fields, 'orderDate');
  if (!orderNo) return [];
  const missing = orderNo.element.value.trim() === '' || (orderDate?.element.value.trim() ?? '') === '';
  return missing ? [{ field: orderNo, code: 'ORDER_REQUIRED' }] : [];
}

export async function loadRetirements(session: AssistSession): Promise<void> {
  const answer = await ask<RetirementRow[]>(
    { type: 'register.retirements' },
    (r) => okField('retirements')(r) as RetirementRow[] | undefined,
  );
  session.set({
    statusForm: answer.ok
      ? { rows: answer.value, error: null, filled: null }
      : { rows: null, error: answer.error.code, filled: null },
  });
}

/** Puts a person of the retirement list into the form: ID, name, "เกษียณอายุ" and 30 Sep of the fiscal year. */
export function fillRetirement(session: AssistSession, row: RetirementRow): void {
  const fields = session.redetect();
  const controls = statusControls(fields);
  if (!controls) return;
  const set = (field: DetectedField | undefined | null, value: string) => {
    if (field) setControlValue(field.element, value);
  };
  set(
    fields.find((f) => f.type === 'citizenId' && f.scope === 'subject' && f.part === null),
    row.citizenId,
  );
  set(
    fields.find((f) => f.type === 'fullName' && f.scope === 'subject'),
    row.name,
  );
  const retire = Array.from(controls.status.options).find((o) => o.text.trim() === 'เกษียณอายุ');
  if (retire) setControlValue(controls.status, retire.value);
  set(controls.effective, formatThaiDate(row.retirementDate, 'numeric') ?? '');
  if (session.state.statusForm)
    session.set({ statusForm: { ...session.state.statusForm, filled: row.citizenId } });
  session.pageEdited();
}

export const statusChangeFeature: Feature = {
  id: 'status-change',
  include: (session) => isStatusChangeForm(session.fields),
  async init(session, signal) {
    session.extraChecks.add(orderChecks);
    signal.addEventListener('abort', () => session.extraChecks.delete(orderChecks));
    // Only a save that really goes to the site (past the guard and the page's own checks) changes the register.
    session.doc.addEventListener(
      'submit',
      (event) => {
        const submitter = (event as SubmitEvent).submitter;
        if (!submitter || !session.guardedButtons.includes(submitter)) return;
        const fields = session.redetect();
        const controls = statusControls(fields);
        const status = controls && chosenStatus(controls.status);
        const citizenId = fields
          .filter((f) => f.type === 'citizenId' && f.scope === 'subject')
          .map((f) => f.element.value.replace(/\D/g, ''))
          .join('');
        if (!status || !/^\d{13}$/.test(citizenId)) return;
        void browser.runtime
          .sendMessage({
            type: 'register.statusChange',
            citizenId,
            change: {
              status,
              effectiveDate: controls.effective?.element.value.trim() ?? '',
              orderNo: roleValue(fields, 'orderNo')?.element.value.trim() ?? '',
              orderDate: roleValue(fields, 'orderDate')?.element.value.trim() ?? '',
            },
          })
          .catch(() => {});
      },
      { capture: true, signal },
    );
    await loadRetirements(session);
  },
};
