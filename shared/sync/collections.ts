import * as z from 'zod';
import { OrgRecord } from '../forms/org-record';
import { ProfileHealth } from '../profile/profile-health';
import { SiteProfile } from '../profile/site-profile';
import { TeachPatch } from '../profile/teach-patch';
import { DraftData } from '../protocol/draft-data';
import { ManpowerPlan } from '../readiness/manpower-plan';
import { ReadinessReport } from '../readiness/readiness-report';
import { ReadinessRules } from '../readiness/readiness-rules';
import { PersonRecord } from '../register/person-record';

/**
 * Every synced collection, declared once: the sync engine, the backend's routes and scope checks, and the queries
 * read their names, scopes and record schemas from here.
 *
 * - `org`: one stream per อปท.; its officers read and write it, supervisors of its province and admins read it.
 * - `province`: one stream per province (จังหวัด); officers of every อปท. in it and its supervisors read it, its
 *   supervisors and admins (naming the province) write it; other provinces neither read nor write it.
 * - `national`: one stream for the whole country; everyone signed in reads it, only admins write it.
 *
 * `provinceReadable` says whether a supervisor may read the records at all (PDPA: drafts hold half-typed personal
 * data of one office and stay inside it).
 */
export type CollectionScope = 'org' | 'province' | 'national';

export interface CollectionSpec {
  scope: CollectionScope;
  /** the shape of `data` in a push; the backend refuses anything else with 400 */
  schema: z.ZodType;
  provinceReadable: boolean;
}

export const COLLECTIONS = {
  drafts: { scope: 'org', schema: DraftData, provinceReadable: false },
  /** The staff register: one PersonRecord per citizen ID, as the extension writes them; nothing else is taken. */
  people: { scope: 'org', schema: PersonRecord, provinceReadable: true },
  profiles: { scope: 'national', schema: SiteProfile, provinceReadable: true },
  /** site profiles a supervisor approved for his province (teach mode); over the national ones in that province */
  'province-profiles': { scope: 'province', schema: SiteProfile, provinceReadable: true },
  /** the DLA org registry, one record per อปท. (id = 7-digit code), published by the admin CLI's import-registry */
  orgs: { scope: 'national', schema: OrgRecord, provinceReadable: true },
  /** the certification-readiness report: counts and codes, no personal data */
  readiness: { scope: 'org', schema: ReadinessReport, provinceReadable: true },
  /** the อปท.'s manpower plan (แผนอัตรากำลังสามปี) head counts per staff type, id `plan`: numbers only */
  plans: { scope: 'org', schema: ManpowerPlan, provinceReadable: true },
  /** the certification-readiness rules (id `readiness`), newer than the ones bundled in a release */
  rules: { scope: 'national', schema: ReadinessRules, provinceReadable: true },
  /** teach mode: an officer's profile change offered for approval (locators and types, no values) */
  'profile-proposals': { scope: 'org', schema: TeachPatch, provinceReadable: true },
  /** profile pages whose fingerprint stopped matching (ids and counts only) */
  'profile-health': { scope: 'org', schema: ProfileHealth, provinceReadable: true },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const CollectionName = z.enum(Object.keys(COLLECTIONS) as [CollectionName, ...CollectionName[]]);

/** The declaration of one collection (its scope, record schema and who outside the อปท. may read it). */
export function collectionSpec(name: CollectionName): CollectionSpec {
  return COLLECTIONS[name];
}
