import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORDS } from '../../backend/src/test-support/seed';
import { thaiToday } from '../../extension/background/readiness/readiness-service';
import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { samplePerson } from '../../shared/readiness/sample-register';
import type { PersonRecord } from '../../shared/register/person-record';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { pdfPages } from './pdf-text';
import { servePractice } from './practice-server';
import { askFromPopup, loginPopup, startSeededBackend, syncNow } from './register-support';
import { unlockInPopup } from './sync-backend';

let backend: Awaited<ReturnType<typeof startSeededBackend>>;
let site: Awaited<ReturnType<typeof servePractice>>;
const profileDir = mkdtempSync(join(tmpdir(), 'lhr-readiness-guard-'));

beforeAll(async () => {
  backend = await startSeededBackend();
  site = await servePractice();
}, 60_000);
afterAll(async () => {
  await backend?.close();
  await site?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

/** Salary rows through FY 2580, so no fiscal year falls due without one whenever the test runs. */
function person(n: number, overrides: Parameters<typeof samplePerson>[1] = {}): PersonRecord {
  const base = samplePerson(n);
  const later = Array.from({ length: 11 }, (_, i) => ({
    ...(base.positions.at(-1) as PersonRecord['positions'][number]),
    date: { year: 2569 + i, month: 10, day: 1 },
  }));
  return samplePerson(n, { positions: [...base.positions, ...later], ...overrides });
}

// Ten people of all five types (n % 5: 1 teacher, 2 permanent, 3 mission, 4 general, 0 civil servant), three
// problems planted, and a plan asking for one civil servant more than recorded.
const people = [
  ...[1, 2, 3, 7, 8, 9, 10].map((n) => person(n)),
  person(4, { birthDate: { year: 2535, month: 1, day: 1 } }), // started 2548 at 13
  person(5, { education: [] }),
  person(6, { teachingLicences: [] }),
];
const plan = { 'civil-servant': 3, teacher: 2 };
const five = people.find((p) => p.name.th.first === 'ทดสอบ5') as PersonRecord;
const PLANTED = new Map([
  ['ทดสอบ4', 'START_BEFORE_18'],
  ['ทดสอบ5', 'MISSING_SECTION'],
  ['ทดสอบ6', 'MISSING_SECTION'],
]);

const CERTIFY = 'input[value="รับรองระดับ อปท."]';

/** The guard's people as name → codes, after a click on "รับรองระดับ อปท." stopped at the guard. */
async function guardPeople(page: Page): Promise<Map<string, string>> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.locator(CERTIFY).click();
  await page.getByTestId('readiness-guard').waitFor({ timeout: 30_000 });
  expect(dialogs).toBe(0); // the page's own confirm() never ran: the click stopped at the guard
  const items = page.getByTestId('readiness-person');
  await expect.poll(() => items.count()).toBe(PLANTED.size);
  const out = new Map<string, string>();
  for (const li of await items.all()) {
    const name = /ทดสอบ\d+/.exec((await li.textContent()) ?? '')?.[0] ?? '';
    out.set(name, (await li.getAttribute('data-codes')) ?? '');
  }
  return out;
}

async function backendRecords(collection: string): Promise<Array<{ id: string; data: unknown }>> {
  const login = await fetch(`${backend.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'officer-a', password: PASSWORDS['officer-a'] }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const pulled = await fetch(`${backend.url}/v1/sync/pull?collection=${collection}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return ((await pulled.json()) as { records: Array<{ id: string; data: unknown }> }).records;
}

it('the guard on รับรองระดับ อปท. lists exactly the planted problems, jumps to the person, survives a restart; certify-anyway and the certification are recorded and synced without personal data; the report prints and downloads with the counts', async () => {
  // The engine agrees that exactly the planted problems are open (plus the office's count against the plan).
  const expected = runChecklist({
    people,
    rules: DEFAULT_READINESS_RULES,
    plan,
    today: thaiToday(new Date()),
  });
  expect(
    expected.people.filter((p) => !p.complete).map((p) => p.findings.map((f) => f.code).join(' ')),
  ).toEqual([...PLANTED.values()]);
  expect(expected.findings.filter((f) => !f.citizenId).map((f) => f.code)).toEqual(['COUNT_BELOW_PLAN']);

  let browser: ExtensionBrowser = await launchWithExtension(profileDir);
  let popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-a');
  expect(await askFromPopup(popup, { type: 'register.bulkImport', records: people })).toMatchObject({
    ok: true,
  });
  expect(await askFromPopup(popup, { type: 'plan.set', plan })).toMatchObject({ ok: true, plan });

  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/certify.html`);
  expect(Object.fromEntries(await guardPeople(page))).toEqual(Object.fromEntries(PLANTED));
  const office = page.getByTestId('readiness-items').locator('li:not([data-testid])');
  expect(await office.count()).toBe(1);
  // No way on without the explicit tick
  expect(await page.getByTestId('readiness-proceed').count()).toBe(0);
  expect(await page.getByTestId('guard-continue').count()).toBe(0);

  await syncNow(popup);

  // A browser restart: the register (and so the checklist) is still there once the officer unlocks
  await browser.close();
  browser = await launchWithExtension(profileDir);
  popup = await browser.popup();
  await unlockInPopup(popup, 'officer-a');
  const again = await browser.context.newPage();
  await again.goto(`${site.origin}/certify.html`);
  expect(Object.fromEntries(await guardPeople(again))).toEqual(Object.fromEntries(PLANTED));

  // Certify anyway: tick, go on (recorded), then the officer's own click and the site's confirm
  await again.getByTestId('readiness-ack').check();
  await again.getByTestId('readiness-proceed').click();
  await again.getByTestId('guard-acknowledged').waitFor();
  again.removeAllListeners('dialog');
  again.on('dialog', (d) => void d.accept());
  await Promise.all([again.waitForNavigation(), again.locator(CERTIFY).click()]);
  await again.getByText('ประวัติการรับรองข้อมูล').waitFor();

  // The synced reports: latest, the acknowledgement and the frozen certified copy — counts and codes only
  await expect
    .poll(
      async () => {
        await syncNow(popup);
        return (await backendRecords('readiness')).some((r) => r.id.startsWith('certified-'));
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  const records = await backendRecords('readiness');
  const byPrefix = (p: string) => records.find((r) => r.id.startsWith(p))?.data as Record<string, unknown>;
  expect(byPrefix('latest')).toMatchObject({
    orgCode: '6500101',
    peopleTotal: 10,
    peopleComplete: 7,
    findings: { START_BEFORE_18: 1, MISSING_SECTION: 2, COUNT_BELOW_PLAN: 1 },
  });
  expect(byPrefix('acknowledged-')).toMatchObject({ certifiedAnyway: true, certifiedAt: null });
  expect(byPrefix('certified-')).toMatchObject({ certifiedAnyway: true, peopleComplete: 7 });
  expect(typeof byPrefix('certified-').certifiedAt).toBe('string');
  const synced = JSON.stringify(records);
  for (const p of people) {
    expect(synced).not.toContain(p.citizenId);
    expect(synced).not.toContain(p.name.th.first);
  }
  expect((await backendRecords('plans')).find((r) => r.id === 'plan')?.data).toEqual(plan);

  // The printable report page (opened from the popup): the PDF of Chromium's print and the .docx carry the counts
  const [report] = await Promise.all([
    browser.context.waitForEvent('page'),
    popup.getByTestId('open-report').click(),
  ]);
  await report.locator('[data-testid="report-document"][data-recorded="10"]').waitFor();
  await report.evaluate(() => document.fonts.ready);
  const text = pdfPages(await report.pdf({ preferCSSPageSize: true, printBackground: true }))
    .join('\n')
    .replaceAll('\u0000', '');
  expect(text).not.toContain('readiness report'); // the toolbar is screen-only
  // the total row: planned, recorded, gap, in LHR, complete, percent
  // (Skia drops the glyphs of "รวม"; an import does not mark people as seen on the LHR list, so in-LHR is 0)
  expect(text).toMatch(/\s5 10 \+5 0 7 70%/);
  expect(text).not.toContain(five.citizenId);
  const [download] = await Promise.all([
    report.waitForEvent('download'),
    report.getByTestId('report-docx').click(),
  ]);
  const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const cells = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  expect(cells).toEqual(expect.arrayContaining(['รวม', '5', '10', '+5', '7', '70%']));

  // The jump (last: the staff list it opens teaches the register the people it shows): back on the certify
  // page the guard opens again, and "go to" lands on the staff search with the person's citizen ID in the box
  await again.goto(`${site.origin}/certify.html`);
  again.removeAllListeners('dialog');
  expect([...(await guardPeople(again)).keys()].sort()).toEqual([...PLANTED.keys()].sort());
  const [fromGuard] = await Promise.all([
    browser.context.waitForEvent('page'),
    again.getByTestId('readiness-print').click(),
  ]);
  await fromGuard.locator('[data-testid="report-document"][data-recorded="10"]').waitFor();
  // The officer changes the plan there (PlanEditor): stored in the synced plans collection
  await fromGuard.getByTestId('plan-teacher').fill('3');
  await fromGuard.getByTestId('plan-teacher').press('Tab');
  await expect
    .poll(async () => (await askFromPopup<{ plan?: unknown }>(popup, { type: 'plan.get' })).plan)
    .toEqual({ 'civil-servant': 3, teacher: 3 });
  await Promise.all([
    again.waitForURL('**/staff-list.aspx'),
    again
      .locator('[data-testid="readiness-person"]', { hasText: 'ทดสอบ5' })
      .getByTestId('readiness-jump')
      .click(),
  ]);
  const box = again.locator('input[data-lhr-assist-jump]');
  await box.waitFor();
  expect(await box.inputValue()).toBe(five.citizenId);
  expect(again.url()).not.toContain(five.citizenId);
  await browser.close();
}, 240_000);
