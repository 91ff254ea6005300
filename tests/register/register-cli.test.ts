import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RegisterImportOutput } from '../../shared/register/import';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/register', name);

/** Runs the CLI as documented (`npm run -s register -- …`); resolves with exit code and output. */
async function register(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'register', '--', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run -s register -- import', () => {
  it('prints one JSON object of people and problems for a messy workbook', async () => {
    const { code, stdout } = await register('import', fixture('sections.xlsx'), '--json');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const output = RegisterImportOutput.parse(JSON.parse(stdout));
    expect(output.people.map((p) => p.citizenId)).toEqual(['1101700207030', '3100600123450']);
    expect(output.people[0]?.positions).toHaveLength(3);
    expect(output.problems.map((p) => `${p.sheet}:${p.row}:${p.code}`)).toEqual([
      'บุคลากร:4:STAFF_TYPE_UNKNOWN',
      'การศึกษา:5:UNKNOWN_PERSON',
      'การศึกษา:6:PERSON_REJECTED',
      '๑๓ . ตำแหน่งและอัตราเงินเดือน:6:NUMBER_INVALID',
      'วันลา:3:REQUIRED_EMPTY',
      'คำอธิบาย:1:HEADER_NOT_FOUND',
    ]);
    // problems carry no personal data: no citizen ID, no name from the file
    const problems = JSON.stringify(output.problems);
    expect(problems).not.toMatch(/\d{13}/);
    expect(problems).not.toMatch(/สมชาย|มานะ|ประยุทธ/);
  });

  it('imports CSV and applies --staff-type to rows without one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'register-cli-'));
    const file = join(dir, 'people.csv');
    writeFileSync(file, 'เลขประจำตัวประชาชน,ชื่อ,นามสกุล\n1101700207030,สมชาย,ใจดี\n');
    const { code, stdout } = await register('import', file, '--json', '--staff-type', 'general-employee');
    expect(code).toBe(0);
    const output = RegisterImportOutput.parse(JSON.parse(stdout));
    expect(output.people.map((p) => [p.staffType, p.name.th.first])).toEqual([['general-employee', 'สมชาย']]);
  });

  it('prints a Thai/English summary without --json', async () => {
    const { code, stdout } = await register('import', fixture('messy-people.xlsx'));
    expect(code).toBe(0);
    expect(stdout).toContain('นำเข้า 8 คน · ปัญหา 10 รายการ (imported 8 people, 10 problems)');
    expect(stdout).toContain('ทะเบียนประวัติ แถว 13 [เลขประจำตัวประชาชน]: CITIZEN_ID_CHECKSUM');
  });

  it('exits 2 on bad usage and 1 on an unreadable file, saying nothing of its content', async () => {
    expect((await register('export', 'x.xlsx')).code).toBe(2);
    expect((await register('import', fixture('messy-people.xlsx'), '--staff-type', 'boss')).code).toBe(2);
    const dir = await mkdtemp(join(tmpdir(), 'register-cli-'));
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 1101700207030 สมชาย'));
    const result = await register('import', broken, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('อ่านไฟล์ตารางไม่ได้');
    expect(result.stderr).not.toContain('1101700207030');
    expect((await register('import', join(dir, 'missing.xlsx'))).code).toBe(1);
  });
});
