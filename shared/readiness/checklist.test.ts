import { describe, expect, it } from 'vitest';
import { runChecklist } from './checklist';
import { DEFAULT_READINESS_RULES as rules } from './default-rules';
import { ReadinessReport } from './readiness-report';
import { certifiedCopy, toReadinessReport } from './report-from-checklist';
import { sampleCitizenId, samplePerson, sampleRegister } from './sample-register';

const today = '2026-07-20';
const codesOf = (c: ReturnType<typeof runChecklist>, citizenId: string) =>
  c.people.filter((p) => p.citizenId === citizenId).flatMap((p) => p.findings.map((f) => f.code));

describe('the certification checklist over the whole register', () => {
  it('passes a complete register that matches its plan, scoring 5 on LPA 2.9 with the days left', () => {
    const people = sampleRegister(10);
    const plan = {
      'civil-servant': 2,
      teacher: 2,
      'permanent-employee': 2,
      'mission-employee': 2,
      'general-employee': 2,
    };
    const c = runChecklist({ people, rules, plan, today });
    expect(c.findings).toEqual([]);
    expect(c.people.every((p) => p.complete)).toBe(true);
    expect(c.counts).toContainEqual({
      staffType: 'teacher',
      planned: 2,
      recorded: 2,
      complete: 2,
      inLhrList: 2,
    });
    expect(c).toMatchObject({ peopleTotal: 10, peopleComplete: 10, lpaScore: 5, fiscalYear: 2569 });
    expect(c.deadline).toMatchObject({ end: '2026-07-31', daysLeft: 11, estimated: true });
  });

  it('raises every per-person code with where it is', () => {
    const base = samplePerson(5); // general-employee
    const civil = samplePerson(1); // civil-servant
    const bad = samplePerson(1, {
      citizenId: `${sampleCitizenId(1).slice(0, 12)}${(Number(sampleCitizenId(1)[12]) + 1) % 10}`,
      birthDate: { year: 2505, month: 3, day: 1 },
      appointment: {
        ...civil.appointment,
        positionNo: '  ',
        salary: null,
        startDate: { year: 2520, month: 1, day: 1 },
      },
      education: [],
      positions: [
        { date: { year: 2560, month: 10, day: 1 }, salary: 20_000 },
        { date: { year: 2559, month: 10, day: 1 }, salary: 19_000 },
      ],
      provenance: { listedInLhrAt: '' },
    });
    const c = runChecklist({ people: [base, bad], rules, today });
    const found = c.people[1]?.findings ?? [];
    expect(found.map((f) => f.code)).toEqual([
      'CITIZEN_ID_CHECKSUM',
      'REQUIRED_EMPTY',
      'REQUIRED_EMPTY',
      'MISSING_SECTION',
      'START_BEFORE_18',
      'DATE_ORDER',
      'SALARY_YEAR_MISSING',
      'RETIREMENT_PASSED',
      'NOT_IN_LHR_LIST',
    ]);
    expect(found.filter((f) => f.code === 'REQUIRED_EMPTY').map((f) => f.field)).toEqual([
      'appointment.positionNo',
      'appointment.salary',
    ]);
    expect(found.find((f) => f.code === 'MISSING_SECTION')?.section).toBe('education');
    expect(found.find((f) => f.code === 'DATE_ORDER')?.row).toBe(1);
    expect(found.find((f) => f.code === 'RETIREMENT_PASSED')?.date).toBe('2022-09-30');
    const missing = found.find((f) => f.code === 'SALARY_YEAR_MISSING')?.fiscalYears ?? [];
    expect(missing[0]).toBe(2520);
    expect(missing).not.toContain(2560);
    expect(c.lpaScore).toBe(0);
  });

  it('does not check or count people who left, and leaves NOT_IN_LHR_LIST alone until the list was read', () => {
    const retired = samplePerson(2, { education: [], provenance: { listedInLhrAt: '' } });
    retired.appointment.status = 'retired';
    const unlisted = samplePerson(3, { provenance: { listedInLhrAt: '' } });
    const c = runChecklist({ people: [retired, unlisted], rules, today });
    expect(c.people[0]).toMatchObject({ active: false, complete: true, findings: [] });
    expect(codesOf(c, unlisted.citizenId)).toEqual([]);
    expect(c.peopleTotal).toBe(1);
    expect(
      codesOf(runChecklist({ people: [unlisted], rules, today, lhrListSeen: true }), unlisted.citizenId),
    ).toEqual(['NOT_IN_LHR_LIST']);
  });

  it('reports a citizen ID entered twice once in the findings, on both entries, and counts the person once', () => {
    const a = samplePerson(7);
    const c = runChecklist({ people: [a, { ...a }, samplePerson(8)], rules, today });
    expect(c.findings).toEqual([
      { code: 'DUPLICATE_CITIZEN_ID', citizenId: a.citizenId, staffType: a.staffType, recorded: 2 },
    ]);
    expect(codesOf(c, a.citizenId)).toEqual(['DUPLICATE_CITIZEN_ID', 'DUPLICATE_CITIZEN_ID']);
    expect(c.counts.find((x) => x.staffType === a.staffType)?.recorded).toBe(1);
  });

  it('compares each staff type with the manpower plan', () => {
    const c = runChecklist({
      people: sampleRegister(5),
      rules,
      plan: { 'civil-servant': 3, teacher: 0 },
      today,
    });
    expect(c.findings).toEqual([
      { code: 'COUNT_BELOW_PLAN', staffType: 'civil-servant', planned: 3, recorded: 1 },
      { code: 'COUNT_ABOVE_PLAN', staffType: 'teacher', planned: 0, recorded: 1 },
    ]);
    expect(c.counts.find((x) => x.staffType === 'mission-employee')?.planned).toBeNull();
  });

  it('turns into the synced report: counts and codes, no citizen ID, name or finding detail', () => {
    const people = [samplePerson(1, { education: [] }), samplePerson(1), samplePerson(2)];
    const c = runChecklist({ people, rules, plan: { teacher: 3 }, today });
    const report = toReadinessReport(c, { orgCode: '6501402', generatedAt: '2026-07-20T02:00:00.000Z' });
    expect(ReadinessReport.parse(report)).toEqual(report);
    expect(report.findings).toMatchObject({
      DUPLICATE_CITIZEN_ID: 1,
      MISSING_SECTION: 1,
      COUNT_BELOW_PLAN: 1,
      DATE_ORDER: 0,
    });
    expect(report).toMatchObject({
      fiscalYear: 2569,
      deadline: '2026-07-31',
      daysLeft: 11,
      lpaScore: 0,
      rulesVersion: rules.version,
    });
    const text = JSON.stringify(report);
    for (const p of people) {
      expect(text).not.toContain(p.citizenId);
      expect(text).not.toContain(p.name.th.first);
    }
  });

  it('freezes a certified copy that says whether items were still open', () => {
    const report = (people: ReturnType<typeof sampleRegister>) =>
      toReadinessReport(runChecklist({ people, rules, today }), {
        orgCode: '6501402',
        generatedAt: '2026-07-20T02:00:00.000Z',
      });
    const at = '2026-07-21T03:04:05.000Z';
    const clean = certifiedCopy(report(sampleRegister(5)), at);
    expect(clean.id).toBe(`certified-${at}`);
    expect(clean.report).toMatchObject({ certifiedAt: at, certifiedAnyway: false });
    expect(ReadinessReport.parse(clean.report)).toEqual(clean.report);
    const open = certifiedCopy(report([samplePerson(1, { education: [] })]), at);
    expect(open.report.certifiedAnyway).toBe(true);
  });

  it('refuses a day that does not exist', () => {
    expect(() => runChecklist({ people: [], rules, today: '2026-02-29' })).toThrow(/YYYY-MM-DD/);
  });
});
