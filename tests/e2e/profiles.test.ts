import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../backend/src/app';
import { type Database, openDatabase } from '../../backend/src/db/database';
import { createBackendLogger } from '../../backend/src/log';
import { loginOverHttp } from '../../backend/src/test-support/http-login';
import { PASSWORDS, seed } from '../../backend/src/test-support/seed';
import practiceProfile from '../../extension/profiles/practice-lhr.json';
import { freePort } from '../support/agent-harness';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';

let database: Database;
let server: Server;
let base = '';
let site: Awaited<ReturnType<typeof servePractice>>;

beforeAll(async () => {
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'lhr-e2e-profiles-')), 'backend.sqlite'));
  await seed(database.db);
  const app = createApp({
    database,
    jwtSecret: new TextEncoder().encode('e2e-secret-0123456789'),
    log: createBackendLogger(process.stderr, 'warn'),
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  site = await servePractice();
}, 60_000);
afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await database?.close();
  await site?.close();
});

async function publish(profile: unknown) {
  const res = await fetch(`${base}/v1/sync/push`, {
    method: 'POST',
    headers: (await loginOverHttp(base, 'admin')).headers,
    body: JSON.stringify({
      idempotencyKey: `publish-${Date.now()}-xxxxxxxx`,
      changes: [{ collection: 'profiles', id: 'practice-lhr', baseRev: 0, data: profile }],
    }),
  });
  expect((await res.json()).applied).toHaveLength(1);
}

it('a site profile published on the backend reaches the officer’s pages after a sync', async () => {
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/kp7-personal.html`);
  const panel = page.getByTestId('panel');
  await panel.waitFor();
  expect(await panel.getAttribute('data-profile')).toBe(`practice-lhr@${practiceProfile.version}`);

  const newer = practiceProfile.version + 1;
  await publish({ ...practiceProfile, version: newer });
  const popup = await browser.popup();
  await popup.getByTestId('backend-url').fill(base);
  await popup.getByTestId('backend-user').fill('officer-a');
  await popup.getByTestId('backend-password').fill(PASSWORDS['officer-a'] ?? '');
  await popup.getByTestId('backend-login').click();
  await popup
    .getByTestId('last-sync')
    .filter({ hasText: /ซิงก์ล่าสุด|Last sync/ })
    .waitFor({ timeout: 30_000 });

  await page.reload();
  await panel.waitFor();
  expect(await panel.getAttribute('data-profile')).toBe(`practice-lhr@${newer}`);
  // Still detected and filled by the same engine: the form's fields are there for the checklist.
  expect(await page.getByTestId('checklist').count()).toBeGreaterThan(0);
  await browser.close();
}, 120_000);
