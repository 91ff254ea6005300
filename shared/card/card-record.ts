import * as z from 'zod';

/** A Buddhist-era date whose month/day may be unknown (card `YYYY0000` / `YYYYMM00`); null parts are unknown, never guessed. */
export const PartialDateSchema = z
  .object({
    year: z.number().int().min(1).max(9999).describe('Buddhist-era year (CE + 543)'),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
  })
  .strict();

/** Name parts as on the card (`prefix#first#middle#last`); missing parts are "". */
export const CardNameSchema = z
  .object({ title: z.string(), first: z.string(), middle: z.string(), last: z.string() })
  .strict();

/** The card's ทะเบียนบ้าน address with prefixes stripped; `raw` is the decoded card text. */
export const CardAddressSchema = z
  .object({
    houseNo: z.string(),
    moo: z.string(),
    soi: z.string(),
    road: z.string(),
    subdistrict: z.string(),
    district: z.string(),
    province: z.string(),
    raw: z.string(),
  })
  .strict();

/** Summary of the photo; the JPEG bytes themselves always travel as a separate part. */
export const CardPhotoInfoSchema = z
  .object({ bytes: z.number().int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

/**
 * One read Thai ID card. Dates that are not possible on the card (corrupt chip data) are null.
 * This is also the exact JSON printed by `lhr-agent read --json`.
 */
export const CardRecordSchema = z
  .object({
    citizenId: z.string().regex(/^\d{13}$/),
    name: z.object({ th: CardNameSchema, en: CardNameSchema }).strict(),
    birthDate: PartialDateSchema.nullable(),
    sex: z.enum(['male', 'female', 'unknown']),
    issuer: z.string(),
    issueDate: PartialDateSchema.nullable(),
    expiryDate: z.union([PartialDateSchema, z.literal('lifelong')]).nullable(),
    address: CardAddressSchema,
    photo: CardPhotoInfoSchema.nullable(),
  })
  .strict();
export type CardRecord = z.infer<typeof CardRecordSchema>;

/** Groups of card data a client may ask for (data minimisation: nothing else is sent). */
export const CardField = z.enum([
  'citizenId',
  'name',
  'birthDate',
  'sex',
  'issuer',
  'issueDate',
  'expiryDate',
  'address',
]);
export type CardField = z.infer<typeof CardField>;

/** The text part of a read sent to a client: only the requested fields are present. */
export const CardTextSchema = CardRecordSchema.omit({ photo: true }).partial().strict();
export type CardText = z.infer<typeof CardTextSchema>;
