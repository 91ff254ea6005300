import type { DetectedField } from '../detect/detected-field';
import { normalizeLabel } from '../detect/normalize-label';

/**
 * What a control means on the other DLA forms (transfer order, status change, INFO08/09, ปลัด registry), beyond the
 * card holder's fields that detection types. Read from the control's own label; a control without a clear label has
 * no role and is never checked (a wrong check costs the officer's trust as a wrong fill does).
 */
export type FormRole =
  | 'website'
  | 'letterNo'
  | 'letterDate'
  | 'orderNo'
  | 'orderDate'
  | 'password'
  | 'passwordConfirm'
  | 'targetOrg'
  | 'ownOrg';

/** Checked in order: the confirmation before the password, the target org before a plain "อปท.". */
const RULES: [FormRole, RegExp][] = [
  ['passwordConfirm', /(ยืนยันรหัสผ่าน|กรอกรหัสผ่านอีกครั้ง|รหัสผ่านอีกครั้ง|confirm\s*password|re-?type password)/i],
  ['password', /(^รหัสผ่าน|password)/i],
  ['website', /(เว็บไซต์|เว็ปไซต์|website|web\s*site|url)/i],
  ['letterNo', /(หนังสือเลขที่|เลขที่หนังสือ|หนังสือที่)/],
  ['letterDate', /(หนังสือลงวันที่|ลงวันที่หนังสือ)/],
  ['orderNo', /(คำสั่งเลขที่|เลขที่คำสั่ง|คำสั่งที่)/],
  ['orderDate', /(คำสั่งลงวันที่|วันที่คำสั่ง|^ลงวันที่$)/],
  ['targetOrg', /(ให้โอนไปยัง|โอนไปยัง|โอนไปสังกัด|หน่วยงานที่รับโอน|อปท\.? ?ที่รับโอน)/],
  ['ownOrg', /(อปท\.? ?ต้นสังกัด|สังกัดเดิม|หน่วยงานต้นสังกัด)/],
];

export function formRoleOf(label: string): FormRole | null {
  const text = normalizeLabel(label)
    .replace(/[:：*＊]/g, '')
    .trim();
  // A role's label is a short caption; a long one is a whole table's text taken as a fallback label, which names
  // every role on the page at once.
  if (text === '' || text.length > 60) return null;
  for (const [role, re] of RULES) if (re.test(text)) return role;
  return null;
}

export interface RoledField {
  field: DetectedField;
  role: FormRole;
}

/** Controls that hold no typed value: their inferred label is a neighbour's and must not give them its role. */
const NOT_A_VALUE = new Set(['button', 'submit', 'reset', 'image', 'hidden', 'checkbox', 'radio', 'file']);

/** The controls of a page that have a form role; the target-org cascade counts by its last (อปท.) select. */
export function formRoles(fields: readonly DetectedField[]): RoledField[] {
  const out: RoledField[] = [];
  for (const field of fields) {
    if (field.element instanceof HTMLInputElement && NOT_A_VALUE.has(field.element.type)) continue;
    const role = formRoleOf(field.label);
    if (role) out.push({ field, role });
  }
  return out;
}
