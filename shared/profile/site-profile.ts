import * as z from 'zod';
import { DateFormat, FieldScope, FieldType } from '../fields/field-types';
import { Locator } from './locator';
import { HistoryPage, StaffListPage, SubjectBanner } from './register-page-profile';

export { Locator } from './locator';

export const ProfileField = z
  .object({
    type: FieldType,
    scope: FieldScope.default('subject'),
    /** position in a split value (citizen ID boxes), 0-based */
    part: z.number().int().min(0).max(12).optional(),
    locator: Locator,
    date: DateFormat.optional(),
    /** a select whose options load after this other field changes (province → district → subdistrict) */
    dependsOn: FieldType.optional(),
    required: z.boolean().default(false),
  })
  .strict();
export type ProfileField = z.infer<typeof ProfileField>;

export const ProfilePage = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** regular expression on location.pathname */
    path: z.string(),
    titleTh: z.string(),
    /** labels that must all be on the page; otherwise the profile is disabled for it (the site was redesigned) */
    fingerprint: z.object({ labelsPresent: z.array(z.string()).min(1) }).strict(),
    fields: z.array(ProfileField),
    /** controls that must never be filled (other people's data, captchas, officer fields) */
    mustNotFill: z.array(Locator).default([]),
    /** buttons the checklist guards, e.g. "รับรองระดับ อปท."; the extension never clicks them */
    guardedActions: z.array(Locator).default([]),
    /** the site's own save buttons: pressing one captures the page into the staff register (after the save) */
    saveActions: z.array(Locator).optional(),
    /** who the page is about, when it shows a person banner instead of the citizen-ID fields */
    subject: SubjectBanner.optional(),
    /** a ก.พ.7 history page: saved rows and the add-row form */
    history: HistoryPage.optional(),
    /** the staff search page with its paged list */
    staffList: StaffListPage.optional(),
  })
  .strict();
export type ProfilePage = z.infer<typeof ProfilePage>;

/** A site profile: data, validated on load, shared by the backend with every officer (read-only for them). */
export const SiteProfile = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.number().int().min(1),
    /** origins the profile applies to, e.g. "https://lhr.dla.go.th" or "http://127.0.0.1:*" */
    origins: z.array(z.string().regex(/^https?:\/\/[^/]+$/)).min(1),
    pages: z.array(ProfilePage).min(1),
  })
  .strict();
export type SiteProfile = z.infer<typeof SiteProfile>;

/** Synced profile records that pass the schema; a broken one is left out instead of breaking every page. */
export function validProfiles(records: readonly unknown[]): { profiles: SiteProfile[]; rejected: number } {
  const profiles: SiteProfile[] = [];
  for (const record of records) {
    const parsed = SiteProfile.safeParse(record);
    if (parsed.success) profiles.push(parsed.data);
  }
  return { profiles, rejected: records.length - profiles.length };
}
