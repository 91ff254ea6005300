import * as z from 'zod';

/** A draft of one assisted form: which site/form/record, and each field's value by a key of the control. */
export const DraftData = z
  .object({
    site: z.string().max(200),
    form: z.string().max(200),
    recordKey: z.string().max(100),
    title: z.string().max(200),
    fields: z.array(z.object({ key: z.string().max(200), value: z.string().max(2000) }).strict()).max(400),
    savedAt: z.string(),
  })
  .strict();
export type DraftData = z.infer<typeof DraftData>;
