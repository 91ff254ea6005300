import { AppError } from '../errors';
import type { PersonRecord } from '../register/person-record';
import { StaffType } from '../register/staff-type';
import { fiscalYearOf } from '../thai/fiscal-year';
import { checkPerson } from './check-person';
import { dayNumber, parseIsoDate } from './day-number';
import { type DeadlineStatus, deadlineOn } from './deadline';
import type { Finding } from './finding';
import type { ManpowerPlan } from './manpower-plan';
import type { ReadinessRules } from './readiness-rules';

export interface ChecklistInput {
  people: readonly PersonRecord[];
  rules: ReadinessRules;
  plan?: ManpowerPlan;
  /** ISO date, Christian era */
  today: string;
  /** default: true when any person has been seen on the LHR staff list */
  lhrListSeen?: boolean;
}

export interface PersonResult {
  citizenId: string;
  staffType: StaffType;
  /** only active people are checked and counted */
  active: boolean;
  complete: boolean;
  findings: Finding[];
}

export interface TypeCount {
  staffType: StaffType;
  planned: number | null;
  recorded: number;
  complete: number;
  inLhrList: number;
}

export interface Checklist {
  rulesVersion: string;
  today: string;
  /** BE fiscal year of `today` */
  fiscalYear: number;
  people: PersonResult[];
  counts: TypeCount[];
  /** every open item: per-person ones, one per duplicated citizen ID, one per staff type off its plan */
  findings: Finding[];
  /** active people (unique citizen IDs) and how many of them have no finding */
  peopleTotal: number;
  peopleComplete: number;
  deadline: DeadlineStatus | null;
  /**
   * LPA indicator 2.9 if the window closed today: 5 only when every active record is complete and the counts match
   * the plan (มท 0809.3/ว 2095 ข้อ 2.3: "ถูกต้องครบถ้วน และเป็นปัจจุบัน" by the deadline, else 0)
   */
  lpaScore: 0 | 5;
}

/** The whole-register certification checklist: one pass over the people, no quadratic steps. */
export function runChecklist(input: ChecklistInput): Checklist {
  const today = parseIsoDate(input.today);
  if (!today) throw new AppError('INVALID_MESSAGE', 'วันที่ไม่ถูกต้อง ต้องเป็น YYYY-MM-DD (invalid date)');
  const todayDay = dayNumber(today.year, today.month, today.day);
  const lhrListSeen = input.lhrListSeen ?? input.people.some((p) => p.provenance.listedInLhrAt !== '');
  const entries = new Map<string, number>();
  for (const p of input.people) entries.set(p.citizenId, (entries.get(p.citizenId) ?? 0) + 1);

  const ctx = { rules: input.rules, today, lhrListSeen };
  const people: PersonResult[] = [];
  const findings: Finding[] = [];
  const counts = new Map<StaffType, TypeCount>(
    StaffType.options.map((t) => [
      t,
      { staffType: t, planned: input.plan?.[t] ?? null, recorded: 0, complete: 0, inLhrList: 0 },
    ]),
  );
  const counted = new Set<string>();
  const reportedDuplicates = new Set<string>();
  for (const person of input.people) {
    const active = person.appointment.status === 'active';
    const own = active ? checkPerson(person, ctx) : [];
    const shared = entries.get(person.citizenId) ?? 1;
    if (shared > 1) {
      own.unshift({
        code: 'DUPLICATE_CITIZEN_ID',
        citizenId: person.citizenId,
        staffType: person.staffType,
        recorded: shared,
      });
      if (!reportedDuplicates.has(person.citizenId)) {
        reportedDuplicates.add(person.citizenId);
        findings.push(own[0] as Finding);
      }
    }
    for (const f of own) if (f.code !== 'DUPLICATE_CITIZEN_ID') findings.push(f);
    const complete = own.length === 0;
    people.push({
      citizenId: person.citizenId,
      staffType: person.staffType,
      active,
      complete,
      findings: own,
    });
    if (!active || counted.has(person.citizenId)) continue;
    counted.add(person.citizenId);
    const count = counts.get(person.staffType) as TypeCount;
    count.recorded++;
    if (complete) count.complete++;
    if (person.provenance.listedInLhrAt !== '') count.inLhrList++;
  }
  for (const c of counts.values()) {
    if (c.planned === null || c.planned === c.recorded) continue;
    const code = c.recorded < c.planned ? 'COUNT_BELOW_PLAN' : 'COUNT_ABOVE_PLAN';
    findings.push({ code, staffType: c.staffType, planned: c.planned, recorded: c.recorded });
  }
  const typeCounts = [...counts.values()];
  const peopleTotal = typeCounts.reduce((n, c) => n + c.recorded, 0);
  const peopleComplete = typeCounts.reduce((n, c) => n + c.complete, 0);
  const deadline = deadlineOn(input.rules, todayDay);
  return {
    rulesVersion: input.rules.version,
    today: input.today,
    fiscalYear: fiscalYearOf(today) as number,
    people,
    counts: typeCounts,
    findings,
    peopleTotal,
    peopleComplete,
    deadline,
    lpaScore: peopleTotal > 0 && findings.length === 0 ? 5 : 0,
  };
}
