import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../backend/bin/lhr-backend.js');
const { DATABASE_URL: _ignored, ...env } = process.env;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

it('the housekeeping commands report counts, and refuse a --days that is not a number', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'lhr-housekeeping-')), 'backend.sqlite');
  expect(await run('forget-pushes', '--days', '0', '--db', db)).toMatchObject({
    code: 0,
    out: 'forgot 0 stored push answers\n',
  });
  expect(await run('purge-tombstones', '--days', '0', '--db', db)).toMatchObject({
    code: 0,
    out: 'removed 0 tombstones\n',
  });
  const bad = await run('forget-pushes', '--days', 'soon', '--db', db);
  expect([bad.code, bad.err]).toEqual([1, 'lhr-backend: INVALID_MESSAGE: --days must be a number of days\n']);
}, 60_000);
