import type { HistorySection } from '../register/history-sections';
import type { StaffType } from '../register/staff-type';
import type { ReadinessCode } from './readiness-report';
import type { RequiredField } from './required-fields';

/**
 * One open item of the checklist. `code` is stable; the other keys say where, so the panel, the printed report and
 * the CLI can name it without re-running the rule. Person findings carry the citizen ID for the officer's own
 * screens only — the synced ReadinessReport keeps counts per code and nothing else.
 */
export interface Finding {
  code: ReadinessCode;
  citizenId?: string;
  staffType?: StaffType;
  /** REQUIRED_EMPTY */
  field?: RequiredField;
  /** MISSING_SECTION, DATE_ORDER (`positions`) */
  section?: HistorySection;
  /** DATE_ORDER: index of the first row dated before the row above it */
  row?: number;
  /** SALARY_YEAR_MISSING: the BE fiscal years without a salary row */
  fiscalYears?: number[];
  /** COUNT_BELOW_PLAN / COUNT_ABOVE_PLAN; DUPLICATE_CITIZEN_ID (how many entries share the ID) */
  planned?: number;
  recorded?: number;
  /** RETIREMENT_PASSED: the retirement date (ISO, CE) */
  date?: string;
}
