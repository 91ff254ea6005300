import { mkdirSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../backend/src/app';
import { createUser, upsertOrg } from '../../backend/src/cli/admin';
import { type Database, openDatabase } from '../../backend/src/db/database';
import { createBackendLogger } from '../../backend/src/log';
import {
  type PushChange,
  peopleChanges,
  person,
  pushBodies,
  readiness,
} from '../../backend/src/province/province-fixtures';
import { PASSWORDS, seed } from '../../backend/src/test-support/seed';
import { freePort } from '../support/agent-harness';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginPopup } from './register-support';

/** Screenshots for people to look at. */
const OUT = join(import.meta.dirname, '../../.output-e2e/province-pages');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// The three อปท. of the practice list (province 36, ชัยภูมิ).
const BAN_LAO = '6360101';
const NON_SAMRAN = '5360102';
const BAN_KHWAO = '6360201';

let database: Database;
let server: Server;
let backendUrl: string;
let site: Awaited<ReturnType<typeof servePractice>>;

async function post(path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${backendUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

async function token(username: string): Promise<string> {
  return (await post('/v1/auth/login', { username, password: PASSWORDS[username] })).accessToken as string;
}

async function push(username: string, changes: PushChange[]): Promise<void> {
  const t = await token(username);
  for (const body of pushBodies(changes)) await post('/v1/sync/push', body, t);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'lhr-e2e-province-')), 'backend.sqlite'));
  await seed(database.db);
  const db = database.db;
  await upsertOrg(db, BAN_LAO, 'องค์การบริหารส่วนตำบลบ้านเล่า');
  await upsertOrg(db, NON_SAMRAN, 'เทศบาลตำบลโนนสำราญ');
  await upsertOrg(db, BAN_KHWAO, 'องค์การบริหารส่วนตำบลบ้านเขว้า');
  const users = [
    { username: 'officer-banlao', role: 'officer', org: BAN_LAO },
    { username: 'officer-nonsamran', role: 'officer', org: NON_SAMRAN },
    { username: 'officer-bankhwao', role: 'officer', org: BAN_KHWAO },
    { username: 'supervisor-cy', role: 'supervisor', province: '36' },
  ];
  for (const u of users) {
    PASSWORDS[u.username] = `pw-${u.username}`;
    await createUser(db, { ...u, password: `pw-${u.username}` });
  }
  const port = await freePort();
  const app = createApp({
    database,
    jwtSecret: new TextEncoder().encode('e2e-secret-0123456789'),
    log: createBackendLogger(process.stderr, 'warn'),
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  backendUrl = `http://127.0.0.1:${port}`;

  // บ้านเล่า: 2 civil servants + 1 teacher (ข้าราชการ 3), 1 permanent employee, 1 mission employee — the practice page
  // says พนักงานจ้าง 2, so one row differs. 60 % complete, 2 open items, certified at อปท. level.
  const certified = readiness(BAN_LAO, {
    peopleTotal: 5,
    peopleComplete: 3,
    deadline: inDays(20),
    lpaScore: 0,
    certifiedAt: new Date().toISOString(),
    certifiedAnyway: true,
    findings: { REQUIRED_EMPTY: 2 },
  });
  await push('officer-banlao', [
    ...peopleChanges([
      person(BAN_LAO, 1, 'civil-servant'),
      person(BAN_LAO, 2, 'civil-servant'),
      person(BAN_LAO, 3, 'teacher'),
      person(BAN_LAO, 4, 'permanent-employee'),
      person(BAN_LAO, 5, 'mission-employee'),
    ]),
    { collection: 'readiness', id: 'latest', baseRev: 0, data: certified },
    { collection: 'readiness', id: `certified-${certified.certifiedAt}`, baseRev: 0, data: certified },
  ]);
  // โนนสำราญ: complete, on time, LPA 5 projected but not yet certified.
  await push('officer-nonsamran', [
    ...peopleChanges([1, 2].map((i) => person(NON_SAMRAN, i, 'general-employee'))),
    {
      collection: 'readiness',
      id: 'latest',
      baseRev: 0,
      data: readiness(NON_SAMRAN, { peopleTotal: 2, peopleComplete: 2, deadline: inDays(20), lpaScore: 5 }),
    },
  ]);
  // บ้านเขว้า: a register but no readiness report yet.
  await push('officer-bankhwao', peopleChanges([person(BAN_KHWAO, 1, 'civil-servant')]));
  site = await servePractice();
}, 60_000);

afterAll(async () => {
  await site?.close();
  await new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await database?.close();
});

const readinessOf = (page: Page, org: string) =>
  page.locator(`[data-testid="province-readiness"][data-org="${org}"]`);

it('a supervisor sees each อปท.\'s readiness on the LHR province list, the count mismatch and spot-check status on the magnifier page, and the guard on "รับรองระดับจังหวัด"', async () => {
  const browser = await launchWithExtension();
  try {
    const popup = await browser.popup();
    await loginPopup(popup, backendUrl, 'supervisor-cy');
    // A supervisor has no อปท.: the extension syncs only the site profiles, with no error.
    await expect
      .poll(async () => {
        const reply = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'sync.status' }))) as {
          sync?: { lastSync: string | null; lastError: unknown };
        };
        return reply.sync?.lastSync !== null && reply.sync?.lastError === null;
      })
      .toBe(true);

    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/province/certify-province.html`);
    await page.locator('body[data-lhr-assist-province="shown"]').waitFor();
    expect(await page.locator('[data-testid="province-readiness"]').count()).toBe(3);
    const banLao = await readinessOf(page, BAN_LAO).innerText();
    expect(banLao).toContain('ข้อมูลครบ 60%');
    expect(banLao).toContain('ค้างแก้ 2 รายการ');
    expect(banLao).toContain('LPA ๒.๙: 0');
    expect(banLao).toMatch(/รับรองระดับ อปท\. \d\d\/\d\d\/25\d\d \(รับรองทั้งที่ยังค้าง/);
    const nonSamran = await readinessOf(page, NON_SAMRAN).innerText();
    expect(nonSamran).toContain('ข้อมูลครบ 100%');
    expect(nonSamran).toContain('LPA ๒.๙: 5');
    expect(nonSamran).toContain('ยังไม่รับรองระดับ อปท.');
    expect(await readinessOf(page, BAN_KHWAO).getAttribute('data-status')).toBe('no-report');
    expect(await readinessOf(page, BAN_KHWAO).innerText()).toContain('ข้อมูลครบ –');
    await page.screenshot({ path: join(OUT, 'province-list.png'), fullPage: true });

    // The magnifier of บ้านเล่า: the page's counts against the register.
    await Promise.all([page.waitForURL(/certify-org/), page.locator(`tr[data-org="${BAN_LAO}"] a`).click()]);
    await page.locator('body[data-lhr-assist-province="shown"]').waitFor();
    const rows = page.getByTestId('count-row');
    expect(await rows.count()).toBe(3);
    expect(await page.locator('[data-testid="count-row"][data-match="false"]').innerText()).toContain(
      'พนักงานจ้าง: หน้า LHR 2, ทะเบียน 1',
    );
    expect(await page.getByTestId('spotcheck-status').getAttribute('data-drawn')).toBe('false');

    // "รับรองระดับจังหวัด" is stopped: the guard lists the mismatch and the missing spot-check.
    await page.click('#btnCertifyProvince');
    const guard = page.getByTestId('province-guard');
    await guard.waitFor();
    expect(await guard.getByTestId('guard-mismatch').innerText()).toContain(
      'พนักงานจ้าง: หน้า LHR 2 คน, ทะเบียน 1 คน',
    );
    expect(await guard.getByTestId('guard-spotcheck').getAttribute('data-drawn')).toBe('false');
    expect(await guard.getByTestId('guard-spotcheck').innerText()).toContain('ยังไม่ได้สุ่มตรวจสอบ');
    expect(await page.locator('#lblStatus').innerText()).toBe('รับรองระดับ อปท.');
    await page.screenshot({ path: join(OUT, 'certify-guard.png'), fullPage: true });
    // "certify anyway" needs the tick; then the officer's own next press goes through (the extension never clicks).
    expect(await guard.getByTestId('guard-certify-anyway').isDisabled()).toBe(true);
    await guard.getByTestId('guard-ack').check();
    await guard.getByTestId('guard-certify-anyway').click();
    await guard.getByTestId('guard-acknowledged').waitFor();
    expect(await page.locator('#lblStatus').innerText()).toBe('รับรองระดับ อปท.');
    await page.click('#btnCertifyProvince');
    expect(await page.locator('#lblStatus').innerText()).toBe('รับรองระดับจังหวัด');

    // A spot-check drawn on the dashboard shows on the page after a reload.
    const res = await fetch(`${backendUrl}/v1/province/orgs/${BAN_LAO}/spot-check?seed=e2e-1&n=3`, {
      headers: { authorization: `Bearer ${await token('supervisor-cy')}` },
    });
    expect(res.status).toBe(200);
    await page.reload();
    await page.locator('[data-testid="spotcheck-status"][data-drawn="true"]').waitFor();
    expect(await page.getByTestId('spotcheck-status').innerText()).toContain('seed e2e-1');
    await page.click('#btnCertifyProvince');
    expect(await page.getByTestId('guard-spotcheck').getAttribute('data-drawn')).toBe('true');
    await page.screenshot({ path: join(OUT, 'certify-guard-drawn.png'), fullPage: true });
  } finally {
    await browser.close();
  }
}, 120_000);

it('a supervisor of another province sees nothing for these อปท., and the button is not stopped', async () => {
  const browser = await launchWithExtension();
  try {
    const popup = await browser.popup();
    await loginPopup(popup, backendUrl, 'supervisor-cm');
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/province/certify-province.html`);
    // The list comes back without these อปท. (the API lists only the supervisor's own province): no readiness shown.
    await page.locator('body[data-lhr-assist-province="none"]').waitFor();
    expect(await page.locator('[data-testid="province-readiness"]').count()).toBe(0);
    // The magnifier page of another province's อปท.: the API's 403 is handled quietly — nothing shown, nothing stopped.
    await page.goto(`${site.origin}/province/certify-org.html?org=${BAN_LAO}`);
    await page.locator('body[data-lhr-assist-province="none"]').waitFor();
    expect(await page.locator('[data-lhr-assist]').count()).toBe(0);
    await page.click('#btnCertifyProvince');
    expect(await page.locator('#lblStatus').innerText()).toBe('รับรองระดับจังหวัด');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 120_000);
