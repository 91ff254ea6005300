import * as z from 'zod';

/**
 * Runtime messages for the LHR province pages (docs/province.md "On the LHR province pages"): the content script on
 * "ดำเนินการ(จังหวัด)" and the magnifier page asks the background, which asks the backend's province API with the
 * supervisor's token. Counts and codes only — no personal data crosses here.
 */

const orgCode = z.string().regex(/^\d{7}$/);

/** The readiness of the อปท. listed on the page (those outside the supervisor's province are left out). */
export const ProvinceOrgsRequest = z
  .object({ type: z.literal('province.orgs'), orgs: z.array(orgCode).min(1).max(500) })
  .strict();
/** One อปท. for the magnifier page: its register counts and the spot-check lists drawn for it. */
export const ProvinceOrgRequest = z.object({ type: z.literal('province.org'), org: orgCode }).strict();

export const PROVINCE_REQUESTS = [ProvinceOrgsRequest, ProvinceOrgRequest] as const;

/** What the page shows next to an อปท. (a subset of the API's OrgSummary). */
export const ProvinceOrgReadiness = z
  .object({
    code: z.string(),
    /** active people in the synced register per staff type */
    counts: z.array(z.object({ staffType: z.string(), recorded: z.number().int() }).strict()),
    completeness: z.number().nullable(),
    /** open checklist items, summed over codes */
    openItems: z.number().int(),
    lpaProjection: z.union([z.literal(0), z.literal(5)]).nullable(),
    certifiedAt: z.string().nullable(),
    certifiedAnyway: z.boolean(),
    status: z.enum(['certified', 'on-track', 'behind', 'no-report']),
  })
  .strict();
export type ProvinceOrgReadiness = z.infer<typeof ProvinceOrgReadiness>;

export const ProvinceOrgsReply = z
  .object({ ok: z.literal(true), provinceOrgs: z.array(ProvinceOrgReadiness) })
  .strict();
/** `provinceOrg` is null when the อปท. is not the supervisor's (403) or unknown (404): the page shows nothing. */
export const ProvinceOrgReply = z
  .object({
    ok: z.literal(true),
    provinceOrg: z
      .object({
        readiness: ProvinceOrgReadiness,
        spotChecks: z.array(
          z.object({ seed: z.string(), n: z.number().int(), drawnAt: z.string() }).strict(),
        ),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type ProvinceOrgReply = z.infer<typeof ProvinceOrgReply>;

export const PROVINCE_REPLIES = [ProvinceOrgsReply, ProvinceOrgReply] as const;
