import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

const NameParts = z
  .object({ title: z.string(), first: z.string(), middle: z.string(), last: z.string() })
  .strict();

/** A synthetic card holder for the virtual card: raw card values, exactly as a chip would store them. */
export const PersonFixture = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    note: z.string(),
    citizenId: z.string().regex(/^\d{13}$/),
    nameTh: NameParts,
    nameEn: NameParts,
    /** BE YYYYMMDD; 00 for an unknown month/day */
    birthDate: z.string().regex(/^\d{8}$/),
    /** "1" male, "2" female; anything else is kept to test "unknown" */
    sex: z.string().length(1),
    issuer: z.string(),
    issueDate: z.string().regex(/^\d{8}$/),
    /** 99999999 = lifelong */
    expiryDate: z.string().regex(/^\d{8}$/),
    /** 8 `#` parts, at most 160 bytes in TIS-620 */
    address: z.string(),
    /** file in photos/, or null for a card without a photo */
    photo: z.string().nullable(),
  })
  .strict();
export type PersonFixture = z.infer<typeof PersonFixture>;

const here = dirname(fileURLToPath(import.meta.url));

/** The ids of the people shipped with the virtual card. */
export const PEOPLE = [
  'somchai',
  'malee-middle-name',
  'bangkok-lifelong',
  'child-year-only',
  'acting-lt-long-name',
] as const;

/** Loads and validates one person fixture by id. */
export function loadPerson(id: string): PersonFixture {
  return PersonFixture.parse(JSON.parse(readFileSync(join(here, 'people', `${id}.json`), 'utf8')));
}

/** The JPEG bytes of a fixture's photo, or null. */
export function loadPhoto(person: PersonFixture): Uint8Array | null {
  return person.photo ? new Uint8Array(readFileSync(join(here, 'photos', person.photo))) : null;
}
