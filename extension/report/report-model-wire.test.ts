import { describe, expect, it } from 'vitest';
import { RuntimeReply, RuntimeRequest } from '../../shared/protocol/runtime';
import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { samplePerson, sampleRegister } from '../../shared/readiness/sample-register';
import { buildReportModel } from './report-model';

describe('readiness runtime messages', () => {
  it('the reply schema takes the report model as the background builds it', () => {
    const people = [...sampleRegister(4), samplePerson(5, { education: [] })];
    const checklist = runChecklist({
      people,
      rules: DEFAULT_READINESS_RULES,
      plan: { teacher: 2 },
      today: '2026-07-20',
    });
    const model = buildReportModel(checklist, people, 'อบต.ทดสอบ');
    const reply = { ok: true, readiness: { model, plan: { teacher: 2 }, acknowledgedAt: null } };
    expect(RuntimeReply.safeParse(reply).success).toBe(true);
    expect(model.people[0]).toMatchObject({ citizenId: people[4]?.citizenId, codes: ['MISSING_SECTION'] });
  });

  it('requests are strict: a plan with an unknown staff type or a short citizen ID is refused', () => {
    expect(RuntimeRequest.safeParse({ type: 'plan.set', plan: { teacher: 3 } }).success).toBe(true);
    expect(RuntimeRequest.safeParse({ type: 'plan.set', plan: { boss: 3 } }).success).toBe(false);
    expect(RuntimeRequest.safeParse({ type: 'readiness.jump', citizenId: '123' }).success).toBe(false);
    expect(RuntimeRequest.safeParse({ type: 'readiness.check', extra: 1 }).success).toBe(false);
  });
});
