import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { askFromPopup } from './register-support';
import { loginInPopup, serveSyncBackend } from './sync-backend';

/**
 * Issue 14 item 4 in the real extension in Debian Chromium: a frameset page (the assist runs in the form's frame), an
 * ASP.NET partial postback that replaces part of the form (detection runs again), and a certify button added after
 * load (guarded too).
 */
let backend: Awaited<ReturnType<typeof serveSyncBackend>>;
let site: Awaited<ReturnType<typeof servePractice>>;
let browser: ExtensionBrowser;

const person = {
  type: 'register.save',
  citizenId: '1101700207030',
  source: 'manual',
  patch: {
    staffType: 'civil-servant',
    identity: {
      name: {
        th: { title: 'นาย', first: 'ประวิทย์', middle: '', last: 'ลับเฉพาะ' },
        en: { title: '', first: '', middle: '', last: '' },
      },
      birthDate: null,
      sex: 'male',
    },
  },
};

beforeAll(async () => {
  backend = await serveSyncBackend();
  site = await servePractice();
  browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginInPopup(popup, backend.url, 'officer-a');
  expect(await askFromPopup(popup, person)).toMatchObject({ ok: true });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await backend?.close();
});

async function fillFromRegister(where: Page | Frame): Promise<void> {
  await where.getByTestId('register-search-input').fill('ประวิทย์');
  await where.getByTestId('register-search').click();
  await where.getByTestId('register-result').first().click();
  await where.getByTestId('fill').click();
  await where.locator('[data-testid="panel"][data-phase="filled"]').waitFor();
}

const inputValues = (where: Page | Frame) =>
  where.$$eval('input', (els) => els.map((el) => (el as HTMLInputElement).value));

describe('old and dynamic pages', () => {
  it('assists the form inside a frameset and fills that frame', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/frameset.html`);
    const main = page.frame({ name: 'main' });
    if (!main) throw new Error('no main frame');
    await main.getByTestId('panel').waitFor();
    // The menu frame has no form: no assist there.
    expect(await page.frame({ name: 'menu' })?.locator('lhr-assist-overlay').count()).toBe(0);
    await fillFromRegister(main);
    expect(await inputValues(main)).toContain('ประวิทย์');
  }, 60_000);

  it('detects the controls a partial postback puts into the form, and fills them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/postback.html`);
    const panel = page.locator('[data-testid="panel"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-fields')).toBe('1');
    await page.click('#ctl00_Main_btnNext');
    await page.locator('[data-testid="panel"][data-fields="4"]').waitFor();
    await fillFromRegister(page);
    expect(await page.inputValue('#ctl00_Main_txtFirst')).toBe('ประวิทย์');
    expect(await page.inputValue('#ctl00_Main_txtLast')).toBe('ลับเฉพาะ');
  }, 60_000);

  it('guards a certify button that appears after load', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/postback.html`);
    await page.getByTestId('panel').waitFor();
    await page.click('#ctl00_Main_btnNext');
    await page.locator('[data-testid="panel"][data-fields="4"]').waitFor();
    // Required boxes are empty: the click is stopped and the checklist shown; the page's handler never runs.
    await page.click('#ctl00_Main_btnCertify');
    await page.locator('[data-testid="panel"][data-phase="guard"]').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { certified?: number }).certified),
    ).toBeUndefined();
  }, 60_000);

  it('keeps what was typed when the site session timed out, and offers it after logging in again', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/session.html`);
    await page.getByTestId('panel').waitFor();
    await page.locator('#txtFirst').pressSequentially('สมหญิง');
    await page.locator('#txtLast').pressSequentially('ใจดี');
    // Saved at once, well within the autosave delay: the post lands on the site's login page.
    await Promise.all([page.waitForURL(/login\.html/), page.click('#btnSave')]);
    await page.goto(`${site.origin}/dynamic/session.html`);
    await page.getByTestId('draft').waitFor();
    await page.getByTestId('draft-restore').click();
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.inputValue('#txtFirst')).toBe('สมหญิง');
    expect(await page.inputValue('#txtLast')).toBe('ใจดี');
  }, 60_000);
});
