import * as z from 'zod';
import { ReadinessCode, StaffTypeCount } from '../readiness/readiness-report';

/**
 * The province dashboard's JSON API (`/v1/province/…`, docs/province.md). Supervisors see their province, admins
 * any (or all); officers get 403. Answers carry counts and codes per อปท. — personal data only in the spot-check
 * list, which the province uses to compare records with the LHR system.
 */

export const OrgStatus = z.enum(['certified', 'on-track', 'behind', 'no-report']);
export type OrgStatus = z.infer<typeof OrgStatus>;

export const SortKey = z.enum([
  'code',
  'name',
  'type',
  'amphoe',
  'activity',
  'completeness',
  'daysLeft',
  'status',
]);
export type SortKey = z.infer<typeof SortKey>;

const province = z
  .string()
  .regex(/^\d{2}$/)
  .optional();

export const OrgListQuery = z
  .object({
    /** admins: one province, or all when absent; supervisors: ignored unless it is their own */
    province,
    amphoe: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    type: z.string().max(40).optional(),
    status: OrgStatus.optional(),
    /** part of the name or code */
    q: z.string().max(100).optional(),
    sort: SortKey.default('code'),
    dir: z.enum(['asc', 'desc']).default('asc'),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(10_000).default(500),
  })
  .strip();
export type OrgListQuery = z.infer<typeof OrgListQuery>;

export const OrgSummary = z
  .object({
    code: z.string(),
    name: z.string(),
    type: z.string(),
    provinceCode: z.string(),
    amphoeCode: z.string(),
    /** ISO time of the latest synced change of any kind; null when nothing was ever synced */
    lastActivity: z.string().nullable(),
    /** active people in the synced register by staff type, and the plan from the latest readiness report */
    counts: z.array(
      z
        .object({ staffType: z.string(), recorded: z.number().int(), planned: z.number().int().nullable() })
        .strict(),
    ),
    peopleTotal: z.number().int(),
    /** 0–1 from the latest readiness report; null without one */
    completeness: z.number().nullable(),
    openItems: z.record(z.string(), z.number().int()),
    reportAt: z.string().nullable(),
    certifiedAt: z.string().nullable(),
    /** the rules version (checklist) the certified copy was checked with */
    certifiedRules: z.string().nullable(),
    certifiedAnyway: z.boolean(),
    deadline: z.string().nullable(),
    /** days from today to the deadline; negative once passed */
    daysLeft: z.number().int().nullable(),
    /** LPA indicator 2.9 projection: 5 or 0, null without a report */
    lpaProjection: z.union([z.literal(0), z.literal(5)]).nullable(),
    status: OrgStatus,
  })
  .strict();
export type OrgSummary = z.infer<typeof OrgSummary>;

export const OrgListResponse = z
  .object({ total: z.number().int(), orgs: z.array(OrgSummary), generatedAt: z.string() })
  .strict();
export type OrgListResponse = z.infer<typeof OrgListResponse>;

export const ReadinessHistoryRow = z
  .object({
    recordId: z.string(),
    at: z.string(),
    peopleTotal: z.number().int(),
    peopleComplete: z.number().int(),
    certifiedAt: z.string().nullable(),
  })
  .strict();

export const OrgDetailResponse = z
  .object({
    org: OrgSummary,
    /** the latest readiness report as synced */
    report: z
      .object({
        generatedAt: z.string(),
        fiscalYear: z.number().int(),
        rulesVersion: z.string(),
        counts: z.array(StaffTypeCount),
        findings: z.record(ReadinessCode, z.number().int()),
      })
      .nullable(),
    history: z.array(ReadinessHistoryRow),
  })
  .strict();
export type OrgDetailResponse = z.infer<typeof OrgDetailResponse>;

export const SpotCheckQuery = z
  .object({
    seed: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,40}$/)
      .optional(),
    n: z.coerce.number().int().min(1).max(50).default(5),
  })
  .strip();

export const SpotCheckItem = z
  .object({
    /** where to look in LHR (menu) and what the register says should be there */
    menu: z.string(),
    expect: z.string(),
  })
  .strict();

export const SpotCheckResponse = z
  .object({
    orgCode: z.string(),
    seed: z.string(),
    n: z.number().int(),
    /** how many active people the sample was drawn from */
    population: z.number().int(),
    people: z.array(
      z
        .object({
          /** last four digits only: enough to tell two namesakes apart on the LHR list */
          citizenIdTail: z.string(),
          name: z.string(),
          staffType: z.string(),
          position: z.string(),
          compare: z.array(SpotCheckItem),
        })
        .strict(),
    ),
  })
  .strict();
export type SpotCheckResponse = z.infer<typeof SpotCheckResponse>;

export const ProgressResponse = z
  .object({
    days: z.array(
      z
        .object({
          day: z.string(),
          peopleTotal: z.number().int(),
          peopleComplete: z.number().int(),
          certifiedOrgs: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();
export type ProgressResponse = z.infer<typeof ProgressResponse>;

/** The warning letter the province edits; `{orgName}` and the other placeholders are filled per อปท. */
export const LetterTemplate = z
  .object({
    refNo: z.string().min(1).max(100),
    officeLines: z.array(z.string().max(200)).max(4),
    subject: z.string().min(1).max(300),
    salutation: z.string().min(1).max(200),
    reference: z.string().max(400),
    body: z.array(z.string().max(3000)).min(1).max(6),
    closing: z.string().min(1).max(100),
    signerName: z.string().max(200),
    signerTitleLines: z.array(z.string().max(200)).max(4),
    contactLines: z.array(z.string().max(200)).max(4),
  })
  .strict();
export type LetterTemplate = z.infer<typeof LetterTemplate>;

export const LettersQuery = z
  .object({
    org: z.union([z.string().regex(/^\d{7}$/), z.array(z.string().regex(/^\d{7}$/)).max(500)]).optional(),
    province,
  })
  .strip();

/** `GET /orgs/<code>/spot-checks`: the spot-check lists drawn for one อปท., newest first (seed and size, no people). */
export const SpotCheckDrawsResponse = z
  .object({
    orgCode: z.string(),
    draws: z.array(
      z
        .object({ seed: z.string(), n: z.number().int(), population: z.number().int(), drawnAt: z.string() })
        .strict(),
    ),
  })
  .strict();
export type SpotCheckDrawsResponse = z.infer<typeof SpotCheckDrawsResponse>;
