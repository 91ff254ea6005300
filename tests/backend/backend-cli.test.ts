import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../backend/src/db/database';

const bin = join(import.meta.dirname, '../../backend/bin/lhr-backend.js');
const { DATABASE_URL: _url, PORT: _port, ...env } = process.env;
const freshDb = () => join(mkdtempSync(join(tmpdir(), 'lhr-backend-cli-')), 'backend.sqlite');

/** Runs lhr-backend with `input` on stdin (closed after it). */
function run(
  args: string[],
  input = '',
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...env, ...extraEnv } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

it('an unknown flag is a usage error: exit 2 with the usage, no stack trace', async () => {
  const res = await run(['serve', '--prot', '1234']);
  expect(res.code).toBe(2);
  expect(res.err).toMatch(/^lhr-backend: INVALID_MESSAGE: .*--prot/);
  expect(res.err).toContain('lhr-backend serve [--port 47400]');
  expect(res.err).not.toMatch(/\n\s+at /);
}, 30_000);

it('create-user reads the password from stdin and refuses one on the command line', async () => {
  const db = freshDb();
  const onArgv = await run(['create-user', 'officer-z', 'secret-on-argv', '--role', 'admin', '--db', db]);
  expect(onArgv.code).toBe(2);
  expect(onArgv.err).toContain('password on stdin');
  expect(onArgv.err).not.toContain('secret-on-argv');
  const made = await run(
    ['create-user', 'officer-z', '--role', 'admin', '--db', db],
    'long-enough-password\n',
  );
  expect([made.code, made.err]).toEqual([0, '']);
  expect(made.out).toMatch(/^\S+\n$/);
  const database = await openDatabase(db);
  try {
    const user = await database.db
      .selectFrom('users')
      .select(['username', 'role'])
      .where('username', '=', 'officer-z')
      .executeTakeFirst();
    expect(user).toEqual({ username: 'officer-z', role: 'admin' });
  } finally {
    await database.close();
  }
  // An empty stdin is an empty password, refused like any too-short one.
  const empty = await run(['create-user', 'officer-y', '--role', 'admin', '--db', db]);
  expect(empty.code).toBe(1);
}, 30_000);

it('flags beat the environment: --db over DATABASE_URL, --port over PORT; a bad port is refused before serving', async () => {
  const db = freshDb();
  // DATABASE_URL points nowhere reachable; --db wins, so the command works on the file.
  const res = await run(['forget-pushes', '--days', '0', '--db', db], '', {
    DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none',
  });
  expect([res.code, res.out]).toEqual([0, 'forgot 0 stored push answers\n']);
  for (const [args, extra] of [
    [['serve', '--port', '99999', '--db', db], {}],
    [['serve', '--port', 'http', '--db', db], {}],
    [['serve', '--db', db], { PORT: '-1' }],
  ] as const) {
    const bad = await run([...args], '', extra);
    expect([bad.code, bad.err]).toEqual([
      1,
      'lhr-backend: INVALID_MESSAGE: --port must be a port number (1–65535)\n',
    ]);
  }
}, 30_000);
