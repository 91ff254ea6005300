import * as z from 'zod';
import { FieldType } from '../fields/field-types';
import { Locator } from './locator';

/**
 * What the officer taught about one control or button on a page (teach mode, docs/autofill.md): which profile page
 * it belongs to (created when the page has none yet) and the one change. Locators and types only — never a value.
 */
export const TeachChange = z.discriminatedUnion('kind', [
  /** a field the card holder's data goes into (`subject`), or someone else's / the organisation's (`other`) */
  z
    .object({
      kind: z.literal('field'),
      type: FieldType,
      scope: z.enum(['subject', 'other']),
      /** who `other` is, for the reviewer: someone else or the organisation */
      whose: z.enum(['holder', 'person', 'organisation']),
      locator: Locator,
    })
    .strict(),
  /** never fill this control */
  z.object({ kind: z.literal('mustNotFill'), locator: Locator }).strict(),
  /** a button the checklist guards */
  z.object({ kind: z.literal('guard'), locator: Locator }).strict(),
]);
export type TeachChange = z.infer<typeof TeachChange>;

export const TeachPatch = z
  .object({
    profileId: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(80),
    /** the page's origin, used when the profile does not exist yet */
    origin: z.string().regex(/^https?:\/\/[^/]+$/),
    /** the profile page, used when the profile has no page of this id yet */
    page: z
      .object({
        id: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(80),
        path: z.string().max(300),
        titleTh: z.string().max(200),
        fingerprint: z.object({ labelsPresent: z.array(z.string().max(200)).min(1).max(5) }).strict(),
      })
      .strict(),
    change: TeachChange,
    taughtAt: z.string().datetime(),
  })
  .strict();
export type TeachPatch = z.infer<typeof TeachPatch>;

/** The synced id of a proposal: one per control per page (teaching it again replaces the earlier proposal). */
export function teachKey(patch: Pick<TeachPatch, 'profileId' | 'page' | 'change'>): string {
  return `${patch.profileId}|${patch.page.id}|${JSON.stringify(patch.change.locator)}`.slice(0, 200);
}
