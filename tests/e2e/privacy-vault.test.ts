import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginInPopup, serveSyncBackend, unlockInPopup, vaultRows } from './sync-backend';

/**
 * Issue 15 (PDPA on shared office PCs), in the real extension in Debian Chromium: secrets out of content-script
 * storage, the register behind the officer's login with lock and unlock, logout pushing then wiping, the next
 * officer on the same PC seeing nothing of the previous one, and only trusted typing creating drafts.
 */
let backend: Awaited<ReturnType<typeof serveSyncBackend>>;
let site: Awaited<ReturnType<typeof servePractice>>;
let browser: ExtensionBrowser;
let popup: Page;

const A_PERSON = '1101700207030';
const person = {
  type: 'register.save',
  citizenId: A_PERSON,
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
/** The popup is one of the extension's own pages: it may ask the background anything an officer may. */
const ask = (message: object) =>
  popup.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;
const search = () => ask({ type: 'register.search', query: 'ประวิทย์' });
const vaultNames = async () =>
  (await browser.worker.evaluate(() => indexedDB.databases()))
    .map((d) => d.name ?? '')
    .filter((n) => n.startsWith('lhr-assist-vault-'));

beforeAll(async () => {
  backend = await serveSyncBackend();
  site = await servePractice();
  browser = await launchWithExtension();
  popup = await browser.popup();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await backend?.close();
});

describe('privacy on a shared office PC (issue 15)', () => {
  it('keeps the sync login out of storage.local, where content scripts read and write (§16)', async () => {
    await loginInPopup(popup, backend.url, 'officer-a');
    const local = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(local)).not.toContain('backend');
    expect(JSON.stringify(local)).not.toContain(backend.url);
    // A content script rewriting storage.local cannot redirect the tokens: the background never reads them there.
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({
        backend: { backendUrl: 'http://127.0.0.1:9', refreshToken: 'x', user: { id: 'x' } },
      }),
    );
    // A change made now still goes up to the real server (pushed: nothing pending and no error; pointed at
    // 127.0.0.1:9 it would stay pending with a connection error).
    const name = {
      ...person.patch.identity.name,
      th: { title: 'นาง', first: 'ทดสอบ', middle: '', last: 'ส่งจริง' },
    };
    const other = {
      ...person,
      citizenId: '1103700012345',
      patch: { ...person.patch, identity: { ...person.patch.identity, name } },
    };
    expect(await ask(other)).toMatchObject({ ok: true, saved: { created: true } });
    await popup.getByTestId('sync-now').click();
    await popup.locator('[data-testid="sync"][data-pending="0"]').waitFor({ timeout: 30_000 });
    expect(await popup.locator('[data-testid="sync"] .error').count()).toBe(0);
  });

  it('opens the register only while unlocked: lock, wrong password, right password (§18)', async () => {
    expect(await ask(person)).toMatchObject({ ok: true, saved: { created: true } });
    expect(await search()).toMatchObject({ ok: true, matches: [{ citizenId: A_PERSON }] });
    await popup.getByTestId('vault-lock').click();
    await popup.locator('[data-testid="sync"][data-locked="true"]').waitFor();
    // The import page writes into the register: the popup offers it only while unlocked.
    expect(await popup.getByTestId('open-import').count()).toBe(0);
    expect(await search()).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await ask({ type: 'vault.unlock', password: 'not-the-password' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED' },
    });
    await unlockInPopup(popup, 'officer-a');
    expect(await search()).toMatchObject({ ok: true, matches: [{ citizenId: A_PERSON }] });
    expect(await popup.getByTestId('open-import').count()).toBe(1);
  });

  it('stores no citizen ID or name in clear in the vault (§17)', async () => {
    const rows = await vaultRows(browser.worker);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).not.toContain(A_PERSON);
      expect(row.json).not.toContain(A_PERSON);
      expect(row.json).not.toContain('ประวิทย์');
    }
  });

  it('logout with everything pushed wipes the vault; the next officer finds nothing of the previous one (§18)', async () => {
    await popup.locator('[data-testid="sync"][data-pending="0"]').waitFor({ timeout: 30_000 });
    await popup.getByTestId('backend-logout').click();
    await popup.locator('[data-testid="sync"][data-logged-in="false"]').waitFor();
    expect(await vaultNames()).toEqual([]);
    expect(await search()).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await loginInPopup(popup, backend.url, 'officer-b');
    await popup
      .getByTestId('last-sync')
      .filter({ hasText: /ซิงก์ล่าสุด|Last sync/ })
      .waitFor();
    expect(await search()).toEqual({ ok: true, matches: [] });
    await popup.getByTestId('backend-logout').click();
    await popup.locator('[data-testid="sync"][data-logged-in="false"]').waitFor();
  });

  it('unpushed changes at logout stay sealed for their officer only and never go up under the next login (§18)', async () => {
    await loginInPopup(popup, backend.url, 'officer-a');
    await backend.stop();
    expect(await ask({ ...person, citizenId: '3100600123452' })).toMatchObject({ ok: true });
    await popup.getByTestId('backend-logout').click();
    await popup.locator('[data-testid="sync"][data-logged-in="false"]').waitFor();
    expect(await vaultNames()).toHaveLength(1);
    await backend.start();
    // officer-b of another อปท. on the same PC: his own empty vault; officer-a's pending change is not his to push.
    await loginInPopup(popup, backend.url, 'officer-b');
    await popup.locator('[data-testid="sync"][data-pending="0"]').waitFor();
    expect(await search()).toEqual({ ok: true, matches: [] });
    await popup.getByTestId('backend-logout').click();
    await popup.locator('[data-testid="sync"][data-logged-in="false"]').waitFor();
    // officer-a again: his vault opens with his password and the change goes up in his own อปท.
    await loginInPopup(popup, backend.url, 'officer-a');
    await popup.locator('[data-testid="sync"][data-pending="0"]').waitFor({ timeout: 30_000 });
    const found = (await search()) as { matches: Array<{ citizenId: string }> };
    expect(found.matches.map((m) => m.citizenId).sort()).toEqual([A_PERSON, '3100600123452']);
  });

  it('autosaves drafts from the officer’s typing only, never from a page’s synthetic input events (§15)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await page.getByTestId('read-card').waitFor();
    const drafts = async () =>
      (await vaultRows(browser.worker)).filter((r) => r.collection === 'drafts').length;
    expect(await drafts()).toBe(0);
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input[type="text"]'))) {
        el.value = 'สคริปต์';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    // Absence cannot be awaited: give autosave (0.8 s after the last event) ample time, then check nothing came.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await drafts()).toBe(0);
    await page.fill('[name$="txtFName"]', 'สมหญิง');
    await expect.poll(drafts, { timeout: 20_000 }).toBe(1);
    await page.close();
  });
});
