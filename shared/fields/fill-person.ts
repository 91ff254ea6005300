import * as z from 'zod';
import { CardRecordSchema } from '../card/card-record';

/**
 * A person ready to fill into a form: the card's text fields plus what the background derives (the postcode,
 * which needs the address data set) and what only the cache knows (phones, email). No photo: it is not filled.
 */
export const FillPerson = CardRecordSchema.omit({ photo: true })
  .extend({
    source: z.enum(['card', 'cache']),
    postcode: z
      .string()
      .regex(/^\d{5}$/)
      .nullable(),
    /** when the ตำบล has several postcodes, the officer picks one */
    postcodeCandidates: z.array(z.string().regex(/^\d{5}$/)),
    phone: z.string().default(''),
    mobile: z.string().default(''),
    email: z.string().default(''),
  })
  .strict();
export type FillPerson = z.infer<typeof FillPerson>;
