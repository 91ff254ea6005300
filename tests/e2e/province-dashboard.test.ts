import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, upsertOrg } from '../../backend/src/cli/admin';
import {
  type PushChange,
  peopleChanges,
  person,
  pushBodies,
  readiness,
} from '../../backend/src/province/province-fixtures';
import { startTestApp, type TestApp } from '../../backend/src/test-support/app-harness';
import { PASSWORDS } from '../../backend/src/test-support/seed';

/** Screenshots for people to look at (Thai must render in Thai glyphs). */
const OUT = join(import.meta.dirname, '../../.output-e2e/province');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const A = { code: '6500101', name: 'อบต.ทดสอบหนึ่ง' };
const B = { code: '5500102', name: 'เทศบาลตำบลทดสอบสอง' };
const C = { code: '4500103', name: 'เทศบาลเมืองทดสอบสาม' };

describe('province dashboard in Chromium', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['listen']>;
  let base: string;
  let browser: Browser;

  async function push(username: string, changes: PushChange[]) {
    const { accessToken } = await t.login(username);
    for (const body of pushBodies(changes)) {
      const res = await request(t.app)
        .post('/v1/sync/push')
        .set('authorization', `Bearer ${accessToken}`)
        .send(body);
      if (res.status !== 200 || res.body.conflicts.length) throw new Error(`push: ${res.status}`);
    }
  }

  async function signIn(context: BrowserContext, username: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${base}/province/login`);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', PASSWORDS[username] ?? '');
    await Promise.all([page.waitForURL(`${base}/province`), page.click('button[type=submit]')]);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    t = await startTestApp('sqlite');
    await upsertOrg(t.db, C.code, C.name);
    await createUser(t.db, { username: 'officer-c', password: 'password-c1', role: 'officer', org: C.code });
    await createUser(t.db, {
      username: 'supervisor-lp',
      password: 'password-s2',
      role: 'supervisor',
      province: '51',
    });
    PASSWORDS['officer-c'] = 'password-c1';
    PASSWORDS['supervisor-lp'] = 'password-s2';
    // A: 3 civil servants and 2 teachers, behind (deadline passed); B: 4 general employees, certified; C: 2, no report.
    await push('officer-a', [
      ...peopleChanges([
        ...[1, 2, 3].map((i) => person(A.code, i, 'civil-servant')),
        ...[4, 5].map((i) => person(A.code, i, 'teacher')),
      ]),
      {
        collection: 'readiness',
        id: 'latest',
        baseRev: 0,
        data: readiness(A.code, {
          peopleTotal: 5,
          peopleComplete: 2,
          deadline: inDays(-3),
          counts: [
            { staffType: 'civil-servant', planned: 4, recorded: 3, complete: 1, inLhrList: 3 },
            { staffType: 'teacher', planned: 2, recorded: 2, complete: 1, inLhrList: 2 },
          ],
          findings: { REQUIRED_EMPTY: 3, COUNT_BELOW_PLAN: 1 },
        }),
      },
    ]);
    const certified = readiness(B.code, {
      peopleTotal: 4,
      peopleComplete: 4,
      deadline: inDays(20),
      lpaScore: 5,
      certifiedAt: new Date().toISOString(),
    });
    await push('officer-b', [
      ...peopleChanges([1, 2, 3, 4].map((i) => person(B.code, i, 'general-employee'))),
      { collection: 'readiness', id: 'latest', baseRev: 0, data: certified },
      { collection: 'readiness', id: `certified-${certified.certifiedAt}`, baseRev: 0, data: certified },
    ]);
    await push(
      'officer-c',
      peopleChanges([person(C.code, 1, 'civil-servant'), person(C.code, 2, 'mission-employee')]),
    );
    await push('officer-lamphun', peopleChanges([person('6510401', 1, 'civil-servant')]));
    server = t.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    // localhost, not 127.0.0.1: Chromium keeps Secure cookies on http only for localhost.
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await t?.drop();
  });

  it('a supervisor signs in, sees the province, drills down, spot-checks, downloads letters and exports', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1400, height: 1000 },
    });
    const page = await signIn(context, 'supervisor-cm');
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });

    // The session cookie: HttpOnly, Secure, SameSite=Strict.
    const cookie = (await context.cookies()).find((c) => c.name === 'lhr_province');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('lhr_province');

    // Every อปท. of the province with its register counts against the plan.
    const row = (code: string) => page.locator(`tr[data-code="${code}"]`);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    expect(await row(A.code).innerText()).toContain(A.name);
    expect(await row(A.code).locator('ul.counts').innerText()).toMatch(
      /ข้าราชการ[^\n]*3\s*\/4[\s\S]*ครู[^\n]*2\s*\/2/,
    );
    expect(await row(B.code).locator('ul.counts').innerText()).toMatch(/พนักงานจ้างทั่วไป\s*4/);
    expect(await row(B.code).innerText()).toContain('รับรองระดับ อปท. แล้ว');
    expect(await row(C.code).locator('ul.counts').innerText()).toMatch(/ข้าราชการ[^\n]*1[\s\S]*ภารกิจ\s*1/);
    expect(await page.locator('body').innerText()).not.toContain('ทดสอบลำพูน');
    await page.waitForSelector('canvas#progress-chart[data-drawn="true"]');
    await page.screenshot({ path: join(OUT, 'dashboard-th.png'), fullPage: true });

    // Sort by completeness, descending: B (100 %) before A (40 %), C (no report) last.
    await page.click('th a:has-text("ครบถ้วน")');
    await page.click('th a:has-text("ครบถ้วน")');
    expect(
      await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))),
    ).toEqual([B.code, A.code, C.code]);
    // Filter: behind only.
    await page.selectOption('select[name=status]', 'behind');
    await Promise.all([page.waitForURL(/status=behind/), page.click('form.filters button')]);
    expect(await page.locator('tbody tr').count()).toBe(1);

    // Exports (links on the overview).
    await page.goto(`${base}/province`);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href^="/v1/province/export.csv"]'),
    ]);
    const csv = readFileSync((await csvDownload.path()) as string, 'utf8');
    expect(csv).toContain(A.name);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href^="/v1/province/export.xlsx"]'),
    ]);
    const book = XLSX.read(readFileSync((await xlsxDownload.path()) as string));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(
      book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet,
      {
        header: 1,
      },
    );
    expect(rows.flat()).toEqual(expect.arrayContaining([A.name, B.name, C.name]));

    // Drill-down and the spot-check list, drawn twice with the same seed.
    await page.click(`a:has-text("${A.name}")`);
    await page.waitForURL(`${base}/province/orgs/${A.code}`);
    expect(await page.locator('main').innerText()).toContain('REQUIRED_EMPTY');
    const draw = async () => {
      await page.fill('input[name=n]', '3');
      await page.fill('input[name=seed]', 'e2e-seed-7');
      await Promise.all([page.waitForURL(/seed=e2e-seed-7/), page.click('.spot-check button')]);
      return page.locator('ol.spot-list > li strong').allInnerTexts();
    };
    const first = await draw();
    await page.goto(`${base}/province/orgs/${A.code}`);
    const second = await draw();
    expect(first).toHaveLength(3);
    expect(second).toEqual(first);
    expect(await page.locator('#seed').innerText()).toBe('e2e-seed-7');
    await page.screenshot({ path: join(OUT, 'spot-check.png'), fullPage: true });
    // An empty seed draws a new one and shows it.
    await page.fill('input[name=seed]', '');
    await Promise.all([page.waitForURL(/seed=[0-9a-f]{10}/), page.click('.spot-check button')]);

    // The overdue list (A behind, C without a report) and the warning letters.
    await page.goto(`${base}/province/overdue`);
    expect(
      await page.locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-code'))),
    ).toEqual(expect.arrayContaining([A.code, C.code]));
    await page.screenshot({ path: join(OUT, 'overdue.png'), fullPage: true });
    const [letters] = await Promise.all([page.waitForEvent('download'), page.click('#download-letters')]);
    const zip = await JSZip.loadAsync(readFileSync((await letters.path()) as string));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(A.name);
    expect(xml).toContain(C.name);
    expect(xml).not.toContain(B.name);
    expect(xml).toContain('ขอแสดงความนับถือ');

    // CSRF in the browser: a state change without the page's token is refused, with it accepted.
    const statuses = await page.evaluate(async () => {
      const token = (document.querySelector('input[name=_csrf]') as HTMLInputElement).value;
      const template = await (await fetch('/v1/province/letter-template')).json();
      const put = (headers: Record<string, string>) =>
        fetch('/v1/province/letter-template', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(template),
        }).then((r) => r.status);
      return [await put({}), await put({ 'x-csrf-token': token })];
    });
    expect(statuses).toEqual([403, 204]);

    // English toggle.
    await page.goto(`${base}/province?lang=en`);
    expect(await page.locator('h1').innerText()).toContain('register progress');
    await page.waitForSelector('canvas#progress-chart[data-drawn="true"]');
    await page.screenshot({ path: join(OUT, 'dashboard-en.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('a supervisor of another province sees none of it', async () => {
    const context = await browser.newContext();
    const page = await signIn(context, 'supervisor-lp');
    const text = await page.locator('main').innerText();
    for (const org of [A, B, C]) expect(text).not.toContain(org.name);
    expect(await page.locator('tbody tr').count()).toBe(1);
    const response = await page.goto(`${base}/province/orgs/${A.code}`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('main').innerText()).not.toContain(A.name);
    const api = await page.evaluate(
      async (code) => (await fetch(`/v1/province/orgs/${code}`)).status,
      A.code,
    );
    expect(api).toBe(403);
    await context.close();
  });
});
