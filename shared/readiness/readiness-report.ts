import * as z from 'zod';
import { StaffType } from '../register/staff-type';

/**
 * The อปท.'s certification-readiness report as it syncs to the backend (collection `readiness`, id `latest` for the
 * current one and `certified-<ISO time>` for the copy frozen when "รับรองระดับ อปท." happened). The province office
 * reads it; it carries counts and codes only — no citizen IDs, names or other personal data (PDPA: the province sees
 * individual people only through its own spot-check of the register).
 */
export const READINESS_REPORT_VERSION = 1;

/** Stable finding codes of the checklist (certification issue); new rules add codes here. */
export const ReadinessCode = z.enum([
  'REQUIRED_EMPTY',
  'MISSING_SECTION',
  'CITIZEN_ID_CHECKSUM',
  'DUPLICATE_CITIZEN_ID',
  'RETIREMENT_PASSED',
  'COUNT_BELOW_PLAN',
  'COUNT_ABOVE_PLAN',
  'DATE_ORDER',
  'SALARY_YEAR_MISSING',
  'NOT_IN_LHR_LIST',
  'START_BEFORE_18',
  'RETIREMENT_DATE_WRONG',
]);
export type ReadinessCode = z.infer<typeof ReadinessCode>;

export const StaffTypeCount = z
  .object({
    staffType: StaffType,
    /** from the manpower plan (แผนอัตรากำลังสามปี); null when the officer has not entered it */
    planned: z.number().int().nonnegative().nullable(),
    /** active people of this type in the register */
    recorded: z.number().int().nonnegative(),
    /** of those, with no open finding */
    complete: z.number().int().nonnegative(),
    /** seen on the LHR staff list */
    inLhrList: z.number().int().nonnegative(),
  })
  .strict();
export type StaffTypeCount = z.infer<typeof StaffTypeCount>;

export const ReadinessReport = z
  .object({
    schemaVersion: z.literal(READINESS_REPORT_VERSION),
    orgCode: z.string().regex(/^\d{7}$/),
    /** ISO timestamp */
    generatedAt: z.string(),
    /** ปีงบประมาณ (BE) the report is for */
    fiscalYear: z.number().int().min(2400).max(2700),
    /** the version of the readiness rules used */
    rulesVersion: z.string().max(50),
    counts: z.array(StaffTypeCount),
    /** open findings by code, over the whole register */
    findings: z.record(ReadinessCode, z.number().int().nonnegative()),
    peopleTotal: z.number().int().nonnegative(),
    peopleComplete: z.number().int().nonnegative(),
    /** the certification window's last day (ISO date, CE) and days left on `generatedAt`; null when unknown */
    deadline: z.string().nullable(),
    daysLeft: z.number().int().nullable(),
    /** what LPA indicator 2.9 would score today: 5 or 0 */
    lpaScore: z.union([z.literal(0), z.literal(5)]),
    /** set on the frozen copy: when the site showed "รับรองระดับ อปท." happened, and whether the officer certified anyway */
    certifiedAt: z.string().nullable(),
    certifiedAnyway: z.boolean(),
  })
  .strict();
export type ReadinessReport = z.infer<typeof ReadinessReport>;
