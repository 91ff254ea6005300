import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { askFromPopup } from './register-support';
import { loginInPopup, serveSyncBackend } from './sync-backend';

/**
 * Issue 14 item 4 in the real extension in Debian Chromium: one overlay per tab. An iframe's form is driven from the
 * top page's overlay and filled in its frame; a frameset's overlay is in its main frame (a frameset document has no
 * body); the overlay follows the frames' navigation.
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

const inputValues = (where: Page | Frame) =>
  where.$$eval('input', (els) => els.map((el) => (el as HTMLInputElement).value));

/** Overlays in every frame of the page (each frame's own document, not its children's). */
async function overlays(page: Page): Promise<number> {
  let n = 0;
  for (const frame of page.frames()) n += await frame.locator('lhr-assist-overlay').count();
  return n;
}

function frameAt(page: Page, path: string): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).pathname === path);
  if (!frame) throw new Error(`no frame at ${path}`);
  return frame;
}

describe('frames: one overlay per tab', () => {
  it('drives an iframe’s form from the top page’s overlay: the fill lands in the frame, and the overlay follows the frame’s navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/iframe.html`);
    const form = page.locator('[data-testid="frame-form"][data-path="/kp7-personal.html"]');
    await form.waitFor();
    const frame = frameAt(page, '/kp7-personal.html');
    // The frame detected its form (it reported it) but shows no overlay of its own: the top page's is the only one.
    expect(Number(await form.getAttribute('data-fields'))).toBeGreaterThan(5);
    expect(await frame.locator('lhr-assist-overlay').count()).toBe(0);
    expect(await overlays(page)).toBe(1);

    await page.getByTestId('frame-search-input').fill('ประวิทย์');
    await page.getByTestId('frame-search').click();
    await page.getByTestId('frame-result').first().click();
    await page.locator('[data-testid="frame-form"][data-phase="preview"]').waitFor();
    // Labels of what will be filled come back, never the values.
    const preview = await page.getByTestId('frame-preview').textContent();
    expect(preview).not.toContain('ประวิทย์');
    expect(Number(await page.getByTestId('frame-preview').getAttribute('data-steps'))).toBeGreaterThan(0);
    await page.getByTestId('frame-fill').click();
    await page.locator('[data-testid="frame-form"][data-phase="filled"]').waitFor();
    expect(await inputValues(frame)).toContain('ประวิทย์');
    expect(await inputValues(frame)).toContain('ลับเฉพาะ');
    expect(Number(await page.getByTestId('frame-filled').getAttribute('data-filled'))).toBeGreaterThan(0);
    // Undo, from the top page, puts the frame's boxes back.
    await page.getByTestId('frame-undo').click();
    await page.locator('[data-testid="frame-form"][data-phase="undone"]').waitFor();
    expect(await inputValues(frame)).not.toContain('ประวิทย์');

    // The menu link loads the address page into the frame: the overlay lists it instead, still one overlay.
    await page.click('a[href="/kp7-address.html"]');
    await page.locator('[data-testid="frame-form"][data-path="/kp7-address.html"]').waitFor();
    expect(await page.locator('[data-testid="frame-form"]').count()).toBe(1);
    expect(await overlays(page)).toBe(1);

    // A guarded button stays guarded in the frame that owns it, and the guard's panel shows next to it, in that frame.
    await page.click('a[href="/certify.html"]');
    await page.locator('[data-testid="frame-form"][data-path="/certify.html"]').waitFor();
    const certify = frameAt(page, '/certify.html');
    let confirmed = false;
    page.on('dialog', (d) => {
      confirmed = true;
      void d.dismiss();
    });
    await certify.locator('input[value="รับรองระดับ อปท."]').click();
    await certify.getByTestId('guard-panel').waitFor();
    expect(confirmed).toBe(false);
  }, 90_000);

  it('offers an iframe form’s draft in the top overlay and restores it into the frame', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/iframe.html`);
    await page.locator('[data-testid="frame-form"][data-path="/kp7-personal.html"]').waitFor();
    await frameAt(page, '/kp7-personal.html').locator('input[name$="txtFName"]').pressSequentially('สมศรี');
    // Leaving the page saves at once (pagehide), well within the autosave delay.
    await page.click('a[href="/kp7-address.html"]');
    await page.locator('[data-testid="frame-form"][data-path="/kp7-address.html"]').waitFor();
    await page.click('a[href="/kp7-personal.html"]');
    await page.locator('[data-testid="frame-form"][data-path="/kp7-personal.html"]').waitFor();
    await page.getByTestId('frame-draft-restore').click();
    await page.getByTestId('frame-draft-restored').waitFor();
    expect(await frameAt(page, '/kp7-personal.html').inputValue('input[name$="txtFName"]')).toBe('สมศรี');
    expect(await overlays(page)).toBe(1);
  }, 90_000);

  it('puts a frameset’s overlay in its main frame, fills there, and follows the main frame’s navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/frameset.html`);
    const main = page.frame({ name: 'main' });
    if (!main) throw new Error('no main frame');
    await main.getByTestId('panel').waitFor();
    expect(await overlays(page)).toBe(1);
    await main.getByTestId('register-search-input').fill('ประวิทย์');
    await main.getByTestId('register-search').click();
    await main.getByTestId('register-result').first().click();
    await main.getByTestId('fill').click();
    await main.locator('[data-testid="panel"][data-phase="filled"]').waitFor();
    expect(await inputValues(main)).toContain('ประวิทย์');
    const fieldsBefore = await main.getByTestId('panel').getAttribute('data-fields');

    // The menu frame's link opens the address page in the main frame: its overlay is the address page's now.
    await page.frame({ name: 'menu' })?.click('a[href="/kp7-address.html"]');
    await main.waitForURL(/kp7-address\.html$/);
    const panel = main.getByTestId('panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-phase')).toBe('idle');
    expect(await panel.getAttribute('data-fields')).not.toBe(fieldsBefore);
    expect(await overlays(page)).toBe(1);
  }, 90_000);
});
