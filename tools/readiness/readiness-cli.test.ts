import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCitizenId, samplePerson, sampleRegister } from '../../shared/readiness/sample-register';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'readiness-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/readiness/readiness-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

// each case starts Node with tsx; on a busy 2-core machine that takes seconds
describe('npm run readiness', { timeout: 60_000 }, () => {
  it('prints counts against the plan, people with their codes and the findings as JSON', () => {
    const people = sampleRegister(5);
    const incomplete = samplePerson(10, { education: [] }); // civil-servant
    const register = file('register.json', {
      people: [...people, incomplete, { ...people[0] }, { staffType: 'teacher' }],
    });
    const plan = file('plan.json', { 'civil-servant': 3, teacher: 1 });
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/readiness/readiness-cli.ts',
        '--register',
        register,
        '--plan',
        plan,
        '--today',
        '2026-07-20',
        '--json',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const json = JSON.parse(out);
    expect(json.counts).toContainEqual(
      expect.objectContaining({ staffType: 'civil-servant', planned: 3, recorded: 2 }),
    );
    expect(json.counts).toContainEqual(
      expect.objectContaining({ staffType: 'teacher', planned: 1, recorded: 1 }),
    );
    expect(json.people).toContainEqual(
      expect.objectContaining({
        citizenId: incomplete.citizenId,
        complete: false,
        codes: ['MISSING_SECTION'],
      }),
    );
    expect(json.findings).toEqual([
      { code: 'DUPLICATE_CITIZEN_ID', citizenId: sampleCitizenId(1), staffType: 'teacher', recorded: 2 },
      {
        code: 'MISSING_SECTION',
        citizenId: incomplete.citizenId,
        staffType: 'civil-servant',
        section: 'education',
      },
      { code: 'COUNT_BELOW_PLAN', staffType: 'civil-servant', planned: 3, recorded: 2 },
    ]);
    expect(json.rejected).toEqual([{ index: 7, paths: ['citizenId'] }]);
    expect(json).toMatchObject({
      fiscalYear: 2569,
      lpaScore: 0,
      deadline: { end: '2026-07-31', daysLeft: 11 },
    });
  });

  it('reads the plan from a spreadsheet, taking the fiscal year of --today', () => {
    const csv = file('plan.csv', 'ประเภท,2568,2569\nพนักงานส่วนตำบล,1,3\n');
    const r = run(
      '--register',
      file('five.json', sampleRegister(5)),
      '--plan',
      csv,
      '--today',
      '2026-07-20',
      '--json',
    );
    expect(JSON.parse(r.stdout).findings).toEqual([
      { code: 'COUNT_BELOW_PLAN', staffType: 'civil-servant', planned: 3, recorded: 1 },
    ]);
  });

  it('accepts a bare array and prints a Thai summary without --json', () => {
    const register = file('bare.json', sampleRegister(5));
    const r = run('--register', register, '--today', '2026-07-20');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ครบถ้วน 5/5 คน');
    expect(r.stdout).toContain('LPA ตัวชี้วัด 2.9 ถ้าประเมินวันนี้: 5 คะแนน');
  });

  it('says what is wrong with its input, without personal data, and exits non-zero', () => {
    expect(run().status).toBe(2);
    const broken = run('--register', file('broken.json', '{"people": ['));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('not JSON');
    const badPlan = run('--register', file('ok.json', []), '--plan', file('bad-plan.json', { mayor: 1 }));
    expect(badPlan.status).toBe(1);
    expect(badPlan.stderr).toContain('plan');
    const badDay = run('--register', file('ok2.json', []), '--today', '2026-02-30');
    expect(badDay.status).toBe(1);
    expect(badDay.stderr).toContain('YYYY-MM-DD');
  });
});
