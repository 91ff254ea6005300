import { dateNotFutureProblem } from '../../../shared/forms/date-checks';
import type { FormCheckCode } from '../../../shared/forms/form-check-code';
import { letterNumberProblem } from '../../../shared/forms/letter-number';
import { passwordConfirmProblem, passwordProblem } from '../../../shared/forms/password';
import { transferTargetProblem } from '../../../shared/forms/transfer-target';
import { checkWebsite } from '../../../shared/forms/website';
import type { PartialDate } from '../../../shared/thai/partial-date';
import type { DetectedField, FormControl } from '../detect/detected-field';
import { formRoles } from './form-roles';

export interface FormCheckItem {
  field: DetectedField;
  code: FormCheckCode;
}

/** A select's chosen org: its value when it is a code, else the option's text. Text inputs: what is typed. */
function controlValue(el: FormControl): string {
  if (el instanceof HTMLSelectElement) return el.value || (el.selectedOptions[0]?.text ?? '');
  return el.value.trim();
}

/**
 * The checks of the other DLA forms on a filled page: website, letter and order numbers, letter dates not in the
 * future, the ปลัด registry's password rule and confirmation, and the transfer target not the own อปท. Empty fields are
 * left to the required-field check; only what is typed is judged.
 */
export function checkFormRoles(fields: readonly DetectedField[], today: PartialDate): FormCheckItem[] {
  const items: FormCheckItem[] = [];
  const roled = formRoles(fields);
  const first = (role: string) => roled.find((r) => r.role === role)?.field;
  for (const { field, role } of roled) {
    const value = controlValue(field.element);
    if (value === '' || field.element.disabled) continue;
    let code: FormCheckCode | null = null;
    switch (role) {
      case 'website':
        code = checkWebsite(value).problem;
        break;
      case 'letterNo':
        code = letterNumberProblem(value);
        break;
      case 'letterDate':
      case 'orderDate':
        code = dateNotFutureProblem(value, today);
        break;
      case 'password':
        code = passwordProblem(field.element.value);
        break;
      case 'passwordConfirm': {
        const password = first('password');
        code = password ? passwordConfirmProblem(password.element.value, field.element.value) : null;
        break;
      }
      case 'targetOrg': {
        const own = first('ownOrg');
        code = own ? transferTargetProblem(controlValue(own.element), value) : null;
        break;
      }
      default:
        code = null;
    }
    if (code) items.push({ field, code });
  }
  return items;
}
