import { fromUtcDate } from '../../../shared/thai/partial-date';
import { bundledProfiles } from '../../profiles/load-profiles';
import { checkForm } from '../checklist/check-form';
import { detectFields } from '../detect/detect-fields';
import { checkFormRoles } from './check-page';

export interface CheckRow {
  index: number;
  code: string;
}

/**
 * The extension's checklist as a plain function of the current document, for `npm run -s check-form` (injected into
 * a page in Chromium like the detection bundle): the card-field checks and the other forms' checks, by control index
 * as `detect` numbers them. `todayIso` is a Christian-era ISO date (YYYY-MM-DD).
 */
export function checkReport(url: string, todayIso: string): CheckRow[] {
  const today = fromUtcDate(new Date(`${todayIso}T00:00:00Z`));
  const fields = detectFields(document, new URL(url), bundledProfiles());
  const rows = [
    ...checkForm(fields, today.year).map((i) => ({ index: i.field.index, code: i.code })),
    ...checkFormRoles(fields, today).map((i) => ({ index: i.field.index, code: i.code })),
  ];
  return rows.sort((a, b) => a.index - b.index || a.code.localeCompare(b.code));
}
