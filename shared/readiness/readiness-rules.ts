import * as z from 'zod';
import { HistorySection } from '../register/history-sections';
import { StaffType } from '../register/staff-type';
import { parseIsoDate } from './day-number';
import { REQUIRED_FIELD_KEYS } from './required-fields';

/**
 * The certification-readiness rules as data (synced national collection `rules`, id `readiness`): the extension,
 * the CLI and the backend run the same checker over whatever version of these the backend serves, so DLA changes
 * to what "ครบถ้วน" means, or a new certification window, need no release.
 */
export const READINESS_RULES_SCHEMA_VERSION = 1;

export const RequiredFieldKey = z.enum(REQUIRED_FIELD_KEYS);

const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, 'a real ISO date YYYY-MM-DD (Christian era)');
/** month-day of a yearly window; 29 Feb is refused because most years lack it */
const monthDay = z.string().refine((s) => s !== '02-29' && parseIsoDate(`2001-${s}`) !== null, 'MM-DD');

export const StaffTypeRules = z
  .object({
    /** ก.พ.7 fields that must not be empty (REQUIRED_EMPTY) */
    requiredFields: z.array(RequiredFieldKey),
    /** history sections that must have at least one row (MISSING_SECTION) */
    requiredSections: z.array(HistorySection),
    /** a salary row in ตำแหน่งและอัตราเงินเดือน for every fiscal year of service (SALARY_YEAR_MISSING) */
    salaryEveryFiscalYear: z.boolean(),
    /** retires at 30 Sep of the fiscal year of the 60th birthday (RETIREMENT_PASSED while still active) */
    retires: z.boolean(),
  })
  .strict();
export type StaffTypeRules = z.infer<typeof StaffTypeRules>;

/**
 * A certification window from a DLA or province letter: the อปท. must have its records complete and certified
 * ("รับรองระดับ อปท.") by `end`; LPA indicator 2.9 scores 5 only when that is met.
 */
export const CertificationWindow = z
  .object({
    start: isoDate,
    end: isoDate,
    /** the letter that set it, e.g. "มท 0809.3/ว 2095 ลงวันที่ 27 พ.ค. 2562" */
    source: z.string().max(300),
  })
  .strict()
  .refine((w) => w.start <= w.end, 'start after end');
export type CertificationWindow = z.infer<typeof CertificationWindow>;

export const ReadinessRules = z
  .object({
    schemaVersion: z.literal(READINESS_RULES_SCHEMA_VERSION),
    /** shown on reports and stored in ReadinessReport.rulesVersion */
    version: z.string().min(1).max(50),
    staffTypes: z.record(StaffType, StaffTypeRules),
    /** START_BEFORE_18: วันเริ่มปฏิบัติราชการ on or after this birthday */
    minStartAge: z.number().int().min(0).max(100),
    retirementAge: z.number().int().min(40).max(100),
    /** DATE_ORDER: ตำแหน่งและอัตราเงินเดือน rows in date order */
    positionsInDateOrder: z.boolean(),
    /** windows announced by letter, any order */
    windows: z.array(CertificationWindow).max(100),
    /**
     * When no announced window is still ahead: the yearly pattern of the last plan (month-day, CE), shown as an
     * estimate (ประมาณการ) until the year's letter arrives. null = show no deadline.
     */
    estimatedWindow: z
      .object({
        start: monthDay,
        end: monthDay,
        basis: z.string().max(300),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type ReadinessRules = z.infer<typeof ReadinessRules>;
