import { describe, expect, it } from 'vitest';
import { type OrgRow, reportFacts, summarise } from './org-summary';
import { readiness } from './province-fixtures';

const TODAY = new Date('2026-07-01T05:00:00Z');
const row = (latest: object | null, certified: object | null = null): OrgRow => ({
  code: '6500101',
  name: 'อบต.ทดสอบ',
  type: 'sao',
  province_code: '50',
  amphoe_code: '5001',
  latest: latest && JSON.stringify(latest),
  certified: certified && JSON.stringify(certified),
  lastActivity: null,
  recorded: new Map([['civil-servant', 3]]),
});

describe('org summary', () => {
  it('is behind once the deadline passed, or within 15 days while incomplete', () => {
    const report = (deadline: string, complete: number) =>
      readiness('6500101', { peopleTotal: 4, peopleComplete: complete, deadline, lpaScore: 5 });
    expect(summarise(row(report('2026-06-30', 4)), TODAY)).toMatchObject({
      status: 'behind',
      daysLeft: -1,
      lpaProjection: 0,
    });
    expect(summarise(row(report('2026-07-10', 3)), TODAY)).toMatchObject({ status: 'behind', daysLeft: 9 });
    expect(summarise(row(report('2026-07-10', 4)), TODAY)).toMatchObject({
      status: 'on-track',
      lpaProjection: 5,
    });
    expect(summarise(row(report('2026-08-30', 1)), TODAY)).toMatchObject({
      status: 'on-track',
      completeness: 0.25,
    });
    expect(summarise(row(null), TODAY)).toMatchObject({
      status: 'no-report',
      lpaProjection: null,
      completeness: null,
    });
  });

  it('projects LPA 2.9 = 5 only for a certification on time and not "anyway"', () => {
    const base = { peopleTotal: 4, peopleComplete: 4, deadline: '2026-06-30' };
    const onTime = readiness('6500101', { ...base, certifiedAt: '2026-06-29T03:00:00Z' });
    const late = readiness('6500101', { ...base, certifiedAt: '2026-07-01T03:00:00Z' });
    const anyway = readiness('6500101', {
      ...base,
      certifiedAt: '2026-06-29T03:00:00Z',
      certifiedAnyway: true,
    });
    expect(summarise(row(onTime, onTime), TODAY)).toMatchObject({ status: 'certified', lpaProjection: 5 });
    expect(summarise(row(late, late), TODAY).lpaProjection).toBe(0);
    expect(summarise(row(anyway, anyway), TODAY)).toMatchObject({ certifiedAnyway: true, lpaProjection: 0 });
  });

  it('reads broken or foreign reports as unknown instead of failing the whole list', () => {
    expect(reportFacts('{not json')).toBeNull();
    expect(reportFacts('"text"')).toBeNull();
    expect(
      reportFacts(JSON.stringify({ counts: 'x', findings: { REQUIRED_EMPTY: 'many' }, deadline: 'soon' })),
    ).toMatchObject({
      planned: new Map(),
      findings: {},
      deadline: null,
      peopleTotal: 0,
    });
  });
});
