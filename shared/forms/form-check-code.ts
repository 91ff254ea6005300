import * as z from 'zod';

/**
 * Stable codes of the checks on the other DLA forms (transfer order, status change, INFO08/09, ปลัด registry,
 * user rights). They are printed by `check-form` and stored without values.
 */
export const FormCheckCode = z.enum([
  'URL_INVALID',
  'LETTER_NO_INVALID',
  'DATE_FUTURE',
  'DATE_INVALID',
  'PASSWORD_RULE',
  'PASSWORD_MISMATCH',
  'TARGET_IS_SELF',
  'ORDER_REQUIRED',
]);
export type FormCheckCode = z.infer<typeof FormCheckCode>;
