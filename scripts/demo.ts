// npm run demo — the backend-less demo: the practice LHR site, a virtual Thai ID card behind a real pcscd, the agent,
// and the built extension (opened in Chromium when a display is present).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { DEFAULT_PORT, DEV_EXTENSION_ID } from '../agent/src/config';
import { type Rig, startRig } from '../agent/virtual-card/rig';
import { createApp } from '../backend/src/app';
import { createUser, upsertOrg } from '../backend/src/cli/admin';
import { type Database, openDatabase } from '../backend/src/db/database';
import { createBackendLogger } from '../backend/src/log';
import { signingSecret } from '../backend/src/secret';
import { createPracticeSite } from '../tests/practice-site/server';
import { stopRecordedDemo } from './demo-stop';

const PRACTICE_PORT = Number(process.env.PRACTICE_PORT ?? 47_380);
const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 47_400);
const DEMO_USER = { username: 'demo', password: 'demo-password', org: '6500199' };
const run = resolve('.lhr-run');
const agentHome = join(run, 'agent');
const practiceUrl = `http://127.0.0.1:${PRACTICE_PORT}/menu.html`;

let rig: Rig | null = null;
let agent: ChildProcess | null = null;
let browser: ChildProcess | null = null;
let practice: Server | null = null;
let backend: Server | null = null;
let database: Database | null = null;

async function stop(code: number): Promise<never> {
  browser?.kill('SIGTERM');
  practice?.close();
  backend?.close();
  await database?.close();
  if (agent && agent.exitCode === null) {
    const exited = new Promise((r) => agent?.once('exit', r));
    agent.kill('SIGTERM');
    await exited;
  }
  await rig?.stop();
  rmSync(join(run, 'pids.json'), { force: true });
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

try {
  if (await stopRecordedDemo()) console.log('(stopped what an earlier demo had left running)');
  // The sync backend on its embedded SQLite file, with one demo อปท. and officer.
  mkdirSync(run, { recursive: true });
  database = await openDatabase(join(run, 'backend.sqlite'));
  const db = database.db;
  await upsertOrg(db, DEMO_USER.org, 'อบต.ตัวอย่าง (demo)');
  if (
    !(await db.selectFrom('users').select('id').where('username', '=', DEMO_USER.username).executeTakeFirst())
  ) {
    await createUser(db, { ...DEMO_USER, role: 'officer' });
  }
  const app = createApp({
    database,
    jwtSecret: await signingSecret(database),
    log: createBackendLogger(process.stderr, 'warn'),
  });
  backend = await new Promise<Server>((res, rej) => {
    const server = app.listen(BACKEND_PORT, '127.0.0.1', () => res(server));
    server.once('error', rej);
  });
  rmSync(join(run, 'rig'), { recursive: true, force: true });
  mkdirSync(join(run, 'rig'), { recursive: true });
  rig = await startRig({ dir: join(run, 'rig') });
  agent = spawn(
    process.execPath,
    ['agent/bin/lhr-agent.js', 'serve', '--config', agentHome, '--allow-dev-extension'],
    {
      env: { ...process.env, ...rig.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  agent.once('exit', (code) => {
    if (code) console.error(`agent exited with ${code}`);
  });
  writeFileSync(
    join(run, 'pids.json'),
    JSON.stringify({ agent: agent.pid, ...rig.pids(), namespace: rig.namespace }, null, 2),
  );
  await rig.card.insert('somchai');
  practice = await new Promise<Server>((res, rej) => {
    const server = createPracticeSite().listen(PRACTICE_PORT, '127.0.0.1', () => res(server));
    server.once('error', rej);
  });
  if (process.env.DISPLAY) {
    browser = spawn(
      '/usr/bin/chromium',
      [
        `--user-data-dir=${join(run, 'chromium')}`,
        `--load-extension=${resolve('.output/chrome-mv3')}`,
        '--no-first-run',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        practiceUrl,
      ],
      { stdio: 'ignore' },
    );
  }
} catch (error) {
  console.error(`demo: could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}

console.log(`
LHR Assist demo กำลังทำงาน (running)
  practice site  ${practiceUrl}
  sync backend   http://127.0.0.1:${BACKEND_PORT}   (SQLite ${join(run, 'backend.sqlite')}; log in from the popup as ${DEMO_USER.username} / ${DEMO_USER.password})
  agent          ws://127.0.0.1:${DEFAULT_PORT}/v1   (config ${agentHome})
  virtual card   "Virtual PCD 00 00" with นายสมชาย ใจดี inserted

Load the extension / ติดตั้งส่วนขยาย${browser ? ' (Chromium was opened with it)' : ''}:
  chromium → chrome://extensions → Developer mode → Load unpacked → ${resolve('.output/chrome-mv3')}
  (its id is ${DEV_EXTENSION_ID}, the id the agent allows)

Try it / ลองใช้:
  LHR_AGENT_HOME=${agentHome} node agent/bin/lhr-agent.js pair     # 6-digit code for the extension popup
  open ${practiceUrl} → ข้อมูลส่วนตัว → อ่านบัตร
  one read per insertion: a card already in the reader is read after it is taken out and put back
  (บัตรที่เสียบอยู่แล้วต้องถอดแล้วเสียบใหม่):
  npm run card -- remove
  npm run card -- insert bangkok-lifelong      # others: somchai malee-middle-name child-year-only acting-lt-long-name

Ctrl-C stops everything this demo started (by pid); npm run demo:stop cleans up after a crash.`);
