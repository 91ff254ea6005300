import * as z from 'zod';

/**
 * The fixed vocabulary of what a form field holds about the card holder (the "subject"). Everything the
 * extension detects, fills or checks is one of these, or unknown (null).
 */
export const FieldType = z.enum([
  'title',
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'titleEn',
  'firstNameEn',
  'middleNameEn',
  'lastNameEn',
  'fullNameEn',
  'citizenId',
  'birthDate',
  'birthDay',
  'birthMonth',
  'birthYear',
  'sex',
  'houseNo',
  'moo',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postcode',
  'addressLine',
  'cardIssueDate',
  'cardExpiryDate',
  'cardIssuer',
  'phone',
  'mobile',
  'email',
]);
export type FieldType = z.infer<typeof FieldType>;

/**
 * Whose data a field holds: the card holder, or someone else (father, mother, spouse, the recording officer).
 * Fields with scope `other` never receive the card holder's data.
 */
export const FieldScope = z.enum(['subject', 'other']);
export type FieldScope = z.infer<typeof FieldScope>;

/** How a date field wants its value: the Thai style, digits and era. */
export const DateFormat = z
  .object({
    style: z.enum(['numeric', 'short', 'long', 'iso']),
    digits: z.enum(['ascii', 'thai']).default('ascii'),
    era: z.enum(['BE', 'CE']).default('BE'),
  })
  .strict();
export type DateFormat = z.infer<typeof DateFormat>;

/** Types that come from the card; the rest (phone, email…) can only come from the person cache or the officer. */
export const CARD_FIELD_TYPES: readonly FieldType[] = FieldType.options.filter(
  (t) => !['phone', 'mobile', 'email'].includes(t),
);
