import * as z from 'zod';

/**
 * A profile page whose address matched but whose fingerprint no longer does (the site changed): ids and counts
 * only, never page text or values. Synced per อปท. in `profile-health`, listed for the admin.
 */
export const ProfileHealth = z
  .object({
    profileId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(80),
    profileVersion: z.number().int().min(1),
    pageId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(80),
    /** fingerprint labels not found on the page, of how many */
    labelsMissing: z.number().int().min(0).max(100),
    labelsTotal: z.number().int().min(1).max(100),
    seenAt: z.string().datetime(),
  })
  .strict();
export type ProfileHealth = z.infer<typeof ProfileHealth>;
