import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../backend/src/app';
import { type Database, openDatabase } from '../../backend/src/db/database';
import { createBackendLogger } from '../../backend/src/log';
import { seed } from '../../backend/src/test-support/seed';
import { freePort } from '../support/agent-harness';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginInPopup, unlockInPopup, vaultRows } from './sync-backend';

let database: Database;
let server: Server | null = null;
let port = 0;
let site: Awaited<ReturnType<typeof servePractice>>;

async function startBackend() {
  const app = createApp({
    database,
    jwtSecret: new TextEncoder().encode('e2e-secret-0123456789'),
    log: createBackendLogger(process.stderr, 'warn'),
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
}
async function stopBackend() {
  const s = server;
  server = null;
  if (!s) return;
  await new Promise<void>((resolve) => {
    s.close(() => resolve());
    s.closeAllConnections();
  });
}

const login = (popup: Page, username: string) => loginInPopup(popup, `http://127.0.0.1:${port}`, username);

const typed: Array<[string, string]> = [
  ['txtIDCard1', '1'],
  ['txtIDCard2', '1017'],
  ['txtIDCard3', '00207'],
  ['txtIDCard4', '03'],
  ['txtIDCard5', '0'],
  ['txtFName', 'สมหญิง'],
  ['txtLName', 'ทดลองร่าง'],
  ['txtBirthDate', '15/01/2530'],
];

beforeAll(async () => {
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'lhr-e2e-backend-')), 'backend.sqlite'));
  await seed(database.db);
  port = await freePort();
  await startBackend();
  site = await servePractice();
}, 60_000);
afterAll(async () => {
  await stopBackend();
  await database?.close();
  await site?.close();
});

it('a draft survives the backend going down and the browser closing, then syncs to another PC of the same อปท.', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'lhr-profile-a-'));
  let browser = await launchWithExtension(profile);
  let popup = await browser.popup();
  await login(popup, 'officer-a');
  await popup.close();

  await stopBackend();
  let page = await browser.context.newPage();
  await page.goto(`${site.origin}/kp7-personal.html`);
  for (const [name, value] of typed) await page.fill(`[name$="${name}"]`, value);
  await page.selectOption('[name$="ddlPrefix"]', { label: 'นาง' });
  await page.check('[id$="rdoSex_1"]');
  // Autosave runs 0.8 s after the last change; wait until the encrypted copy is in the officer's vault.
  await expect
    .poll(async () => (await vaultRows(browser.worker)).filter((r) => r.collection === 'drafts').length, {
      timeout: 20_000,
    })
    .toBe(1);
  await browser.close();

  // Reopen the same profile: the register is locked until the officer's password (the browser was closed); then
  // the draft is offered, with a preview, and restores exactly.
  browser = await launchWithExtension(profile);
  popup = await browser.popup();
  await unlockInPopup(popup, 'officer-a');
  await popup.close();
  page = await browser.context.newPage();
  await page.goto(`${site.origin}/kp7-personal.html`);
  const draft = page.getByTestId('draft');
  await draft.waitFor();
  expect(await draft.getAttribute('data-pending')).toBe('true');
  await page.getByTestId('draft-preview').click();
  expect(await page.getByTestId('draft-table').textContent()).toContain('ทดลองร่าง');
  await page.getByTestId('draft-restore').click();
  await page.getByTestId('draft-restored').waitFor();
  for (const [name, value] of typed) expect(await page.inputValue(`[name$="${name}"]`)).toBe(value);
  expect(await page.locator('[name$="ddlPrefix"] option:checked').textContent()).toBe('นาง');
  expect(await page.isChecked('[id$="rdoSex_1"]')).toBe(true);
  expect(await page.inputValue('[name$="txtFatherFName"]')).toBe('');

  // The backend comes back: the draft goes up.
  await startBackend();
  popup = await browser.popup();
  await popup.getByTestId('sync-now').click();
  await popup
    .locator('[data-testid="sync"][data-pending="0"]')
    .waitFor({ timeout: 30_000 })
    .catch(async (error) => {
      throw new Error(`sync did not finish: ${await popup.getByTestId('sync').textContent()} (${error})`);
    });
  await browser.close();

  // Another PC (a fresh profile) of the same อปท. gets it.
  const other = await launchWithExtension();
  const otherPopup = await other.popup();
  await login(otherPopup, 'officer-a2');
  await otherPopup
    .getByTestId('last-sync')
    .filter({ hasText: /ซิงก์ล่าสุด|Last sync/ })
    .waitFor({ timeout: 30_000 });
  const otherPage = await other.context.newPage();
  await otherPage.goto(`${site.origin}/kp7-personal.html`);
  await otherPage.getByTestId('draft').waitFor();
  await otherPage.getByTestId('draft-restore').click();
  await otherPage.getByTestId('draft-restored').waitFor();
  for (const [name, value] of typed) expect(await otherPage.inputValue(`[name$="${name}"]`)).toBe(value);
  await other.close();

  // Nothing of it in the practice site's own storage, and the local copy is encrypted.
  const check = await launchWithExtension(profile);
  const stored = JSON.stringify(await vaultRows(check.worker));
  expect(stored).toContain('sealed');
  expect(stored).not.toContain('ทดลองร่าง');
  await check.close();
});
