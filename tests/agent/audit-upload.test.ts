import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BackendLink } from '../../agent/src/backend/backend-link';
import { createApp } from '../../backend/src/app';
import { type Database, openDatabase } from '../../backend/src/db/database';
import { createBackendLogger } from '../../backend/src/log';
import { seed } from '../../backend/src/test-support/seed';
import { freePort, rawUpgrade } from '../support/agent-harness';
import { until, useRig } from '../support/rig-fixture';

const { rig } = useRig();
let database: Database;
let server: Server;
let backendUrl = '';

beforeAll(async () => {
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'lhr-audit-')), 'backend.sqlite'));
  await seed(database.db);
  const app = createApp({
    database,
    jwtSecret: new TextEncoder().encode('audit-secret-0123456789'),
    log: createBackendLogger(process.stderr, 'warn'),
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  backendUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server?.close();
  await database?.close();
});

it('the agent registers its PC and uploads its audit trail — events and reasons, never card values', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lhr-agent-home-'));
  const link = await BackendLink.connect(dir, backendUrl, 'officer-a', 'password-a1');
  expect(statSync(BackendLink.path(dir)).mode & 0o777).toBe(0o600);
  const device = await database.db
    .selectFrom('devices')
    .selectAll()
    .where('id', '=', link.deviceId)
    .executeTakeFirst();
  expect(device?.org_code).toBe('6500101');

  const port = await freePort();
  const agent = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '../../agent/bin/lhr-agent.js'),
      'serve',
      '--port',
      String(port),
      '--config',
      dir,
    ],
    {
      env: { ...process.env, ...rig().env, LHR_AUDIT_UPLOAD_MS: '300' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  agent.stderr.on('data', (d) => {
    log += d;
  });
  try {
    await until(() => log.includes('agent.listening'), 15_000, 'agent');
    await rawUpgrade(port, { Host: `127.0.0.1:${port}`, Origin: 'https://evil.example' });
    await rawUpgrade(port, { Host: `evil.example:${port}`, Origin: 'https://evil.example' });
    const rows = async () =>
      database.db.selectFrom('audit_events').selectAll().where('device_id', '=', link.deviceId).execute();
    for (let i = 0; i < 100 && (await rows()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    const uploaded = await rows();
    expect(uploaded.map((r) => [r.event, JSON.parse(r.details).reason]).sort()).toEqual([
      ['connection.rejected', 'bad-host'],
      ['connection.rejected', 'bad-origin'],
    ]);
    expect(uploaded.every((r) => r.org_code === '6500101')).toBe(true);
    // Uploaded once: the offset moved to the end of the local log.
    expect(JSON.parse(readFileSync(BackendLink.path(dir), 'utf8')).uploadedBytes).toBe(
      statSync(join(dir, 'audit.log')).size,
    );
  } finally {
    agent.kill('SIGTERM');
    await new Promise((r) => agent.once('exit', r));
  }
});
