import * as z from 'zod';

/**
 * One อปท. of the DLA org registry as synced nationally (collection `orgs`, record id = the 7-digit code): the
 * backend's `import-registry` publishes it, the extension searches it for the transfer order's target อปท.
 * Province and amphoe are names, as the LHR pages show them in their selects.
 */
export const OrgRecord = z
  .object({
    code: z.string().regex(/^\d{7}$/),
    /** อบจ. / เทศบาลนคร / เทศบาลเมือง / เทศบาลตำบล / อบต. / พิเศษ (shared/thai/org-code.ts ids) */
    type: z.string().max(40),
    name: z.string().min(1).max(200),
    amphoe: z.string().max(100),
    province: z.string().max(100),
  })
  .strict();
export type OrgRecord = z.infer<typeof OrgRecord>;
