import browser from 'webextension-polyfill';
import type { OrgEntry } from '../../../shared/forms/org-search';
import type { AssistSession } from '../assist-session';
import type { ChecklistItem } from '../checklist/check-form';
import type { DetectedField } from '../detect/detected-field';
import { formRoles } from '../forms/form-roles';
import { pickOrgInSelects } from '../forms/org-cascade';
import type { TransferState } from '../forms/transfer-state';
import { targetSelects } from '../forms/transfer-target';
import { ask, okField } from '../register/register-client';
import type { Feature } from './feature-manager';

/**
 * The transfer order (คำสั่งให้โอน, seed 002): a Thai type-ahead over the synced DLA org registry sets the site's own
 * province → amphoe → อปท. selects; the checklist adds "target ≠ own อปท."; when the officer's "บันทึกและอนุมัติข้อมูล"
 * really submits (the guard let it through and the page's confirm was accepted), the register records the transfer.
 */

const transfer = (session: AssistSession): TransferState =>
  session.state.transfer ?? { own: null, orgs: null, picked: null, failed: null, busy: false, error: null };

async function askOrgs(query: string) {
  return ask<{ orgs: OrgEntry[]; own: string | null }>({ type: 'orgs.search', query }, (r) => {
    const orgs = okField('orgs')(r);
    return Array.isArray(orgs)
      ? { orgs: orgs as OrgEntry[], own: (okField('own')(r) as string) ?? null }
      : undefined;
  });
}

/** One keystroke of the type-ahead (the overlay debounces). */
export async function searchTargetOrgs(session: AssistSession, query: string): Promise<void> {
  if (query.trim().length < 2) {
    session.set({ transfer: { ...transfer(session), orgs: null } });
    return;
  }
  const answer = await askOrgs(query);
  session.set({
    transfer: answer.ok
      ? { ...transfer(session), orgs: answer.value.orgs, own: answer.value.own, error: null }
      : { ...transfer(session), orgs: null, error: answer.error.code },
  });
}

/** Puts the picked อปท. into the site's cascade; the checklist then re-checks the page. */
export async function pickTargetOrg(session: AssistSession, org: OrgEntry): Promise<void> {
  const selects = targetSelects(session.fields);
  if (!selects) return;
  session.set({ transfer: { ...transfer(session), picked: org.code, failed: null, busy: true } });
  const failed = await pickOrgInSelects(selects, org);
  session.set({ transfer: { ...transfer(session), orgs: null, failed, busy: false } });
  session.pageEdited();
}

function digits(fields: readonly DetectedField[]): string {
  return fields
    .filter((f) => f.type === 'citizenId' && f.scope === 'subject')
    .map((f) => f.element.value.replace(/\D/g, ''))
    .join('');
}

export const transferOrderFeature: Feature = {
  id: 'transfer-order',
  include: (session) => targetSelects(session.fields) !== null,
  async init(session, signal) {
    session.set({ transfer: transfer(session) });
    const selfCheck = (fields: readonly DetectedField[]): ChecklistItem[] => {
      const own = session.state.transfer?.own;
      const selects = targetSelects(fields);
      const field = selects && fields.find((f) => f.element === selects.org);
      return own && field && selects.org.value === own ? [{ field, code: 'TARGET_IS_SELF' }] : [];
    };
    session.extraChecks.add(selfCheck);
    signal.addEventListener('abort', () => session.extraChecks.delete(selfCheck));
    // The page's approve button submits only after the guard let it through and its own confirm() was accepted.
    session.doc.addEventListener(
      'submit',
      (event) => {
        const submitter = (event as SubmitEvent).submitter;
        if (!submitter || !session.guardedButtons.includes(submitter)) return;
        const fields = session.redetect();
        const citizenId = digits(fields);
        const roles = formRoles(fields);
        const value = (role: string) => roles.find((r) => r.role === role)?.field.element.value.trim() ?? '';
        if (!/^\d{13}$/.test(citizenId)) return;
        const letterDate = value('letterDate');
        void browser.runtime
          .sendMessage({
            type: 'register.statusChange',
            citizenId,
            change: {
              status: 'transferred-out',
              effectiveDate: letterDate,
              orderNo: value('letterNo'),
              orderDate: letterDate,
            },
          })
          .catch(() => {});
      },
      { capture: true, signal },
    );
    // The officer's own อปท. (for "target ≠ own"): an empty query answers only that.
    const answer = await askOrgs('');
    if (answer.ok && !signal.aborted) {
      session.set({ transfer: { ...transfer(session), own: answer.value.own } });
      session.pageEdited();
    }
  },
};
