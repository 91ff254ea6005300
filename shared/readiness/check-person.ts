import type { PersonRecord } from '../register/person-record';
import { citizenIdProblem } from '../thai/citizen-id';
import type { PartialDate } from '../thai/partial-date';
import { firstPositionOutOfOrder, retirementPassed, salaryYearsMissing, startsBeforeAge } from './date-rules';
import type { Finding } from './finding';
import type { ReadinessRules } from './readiness-rules';
import { isFieldEmpty } from './required-fields';

export interface PersonCheckContext {
  rules: ReadinessRules;
  today: PartialDate & { month: number; day: number };
  /** NOT_IN_LHR_LIST only once the LHR staff list has been read at all */
  lhrListSeen: boolean;
}

/** Every per-person rule for one active staff member, in a stable order. */
export function checkPerson(person: PersonRecord, ctx: PersonCheckContext): Finding[] {
  const { rules, today } = ctx;
  const typeRules = rules.staffTypes[person.staffType];
  const base = { citizenId: person.citizenId, staffType: person.staffType };
  const findings: Finding[] = [];
  if (citizenIdProblem(person.citizenId) !== null) findings.push({ code: 'CITIZEN_ID_CHECKSUM', ...base });
  for (const field of typeRules.requiredFields) {
    if (isFieldEmpty(person, field)) findings.push({ code: 'REQUIRED_EMPTY', ...base, field });
  }
  for (const section of typeRules.requiredSections) {
    if (person[section].length === 0) findings.push({ code: 'MISSING_SECTION', ...base, section });
  }
  if (startsBeforeAge(person, rules.minStartAge)) findings.push({ code: 'START_BEFORE_18', ...base });
  if (rules.positionsInDateOrder) {
    const row = firstPositionOutOfOrder(person.positions);
    if (row !== null) findings.push({ code: 'DATE_ORDER', ...base, section: 'positions', row });
  }
  if (typeRules.salaryEveryFiscalYear) {
    const fiscalYears = salaryYearsMissing(person, today);
    if (fiscalYears.length > 0) findings.push({ code: 'SALARY_YEAR_MISSING', ...base, fiscalYears });
  }
  if (typeRules.retires) {
    const retired = retirementPassed(person, today, rules.retirementAge);
    if (retired) {
      const iso = `${retired.year - 543}-${pad(retired.month)}-${pad(retired.day)}`;
      findings.push({ code: 'RETIREMENT_PASSED', ...base, date: iso });
    }
  }
  if (ctx.lhrListSeen && person.provenance.listedInLhrAt === '') {
    findings.push({ code: 'NOT_IN_LHR_LIST', ...base });
  }
  return findings;
}

const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
