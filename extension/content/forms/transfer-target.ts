import type { DetectedField } from '../detect/detected-field';
import { formRoles } from './form-roles';
import type { OrgSelects } from './org-cascade';

// Apart from the transfer-order feature: the content script's lazy stub asks it without loading the feature.
/** The target's three selects: the one labelled "ให้โอนไปยัง …" and the two selects after it. */
export function targetSelects(fields: readonly DetectedField[]): OrgSelects | null {
  const selects = fields.map((f) => f.element).filter((el) => el instanceof HTMLSelectElement);
  const target = formRoles(fields).find(
    (r) => r.role === 'targetOrg' && r.field.element instanceof HTMLSelectElement,
  );
  if (!target) return null;
  const i = selects.indexOf(target.field.element as HTMLSelectElement);
  const [province, amphoe, org] = selects.slice(i, i + 3);
  return province && amphoe && org ? { province, amphoe, org } : null;
}
