import { afterAll, beforeAll, expect, it } from 'vitest';
import { CardService } from '../../agent/src/card/card-service';
import { PcscliteAdapter } from '../../agent/src/card/pcsc-adapter';
import { silentLogger } from '../../agent/src/log';
import { startTestAgent, type TestAgent } from '../support/agent-harness';
import { EXPECTED } from '../support/expected-people';
import { until, useRig } from '../support/rig-fixture';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginInPopup, serveSyncBackend } from './sync-backend';

const { rig } = useRig();
let port: PcscliteAdapter;
let agent: TestAgent;
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof servePractice>>;
let backend: Awaited<ReturnType<typeof serveSyncBackend>>;

beforeAll(async () => {
  port = new PcscliteAdapter(silentLogger, { minMs: 50, maxMs: 500 });
  const cards = new CardService(port, { waitForCardMs: 15_000 });
  await until(() => port.readers().length > 0, 5000, 'readers');
  agent = await startTestAgent(cards);
  site = await servePractice();
  backend = await serveSyncBackend();
  browser = await launchWithExtension();
  await browser.worker.evaluate((agentPort) => chrome.storage.local.set({ agentPort }), agent.port);
  const popup = await browser.popup();
  const { body } = await agent.admin('POST', '/pairing');
  await popup.getByTestId('pair-code').fill((body as { code: string }).code);
  await popup.getByTestId('pair-submit').click();
  await popup.getByTestId('agent-status').filter({ hasText: 'เชื่อมต่อโปรแกรมอ่านบัตรแล้ว' }).waitFor();
  await loginInPopup(popup, backend.url, 'officer-a');
  await popup.close();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await backend?.close();
  await agent?.close();
  await port?.close();
});

it('ปลัด registry: registration checks the numeric password and its confirmation', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/palad-register.html`);
  await page.fill('#password', 'abc12');
  await page.fill('#password2', 'abc13');
  await page.locator('[data-testid="checklist-item"][data-code="PASSWORD_MISMATCH"]').waitFor();
  await page.locator('[data-testid="checklist-item"][data-code="PASSWORD_RULE"]').waitFor();
  await page.fill('#password', '123456');
  await page.fill('#password2', '123456');
  await expect
    .poll(() =>
      page
        .getByTestId('checklist-item')
        .evaluateAll((els) =>
          els.map((e) => e.getAttribute('data-code')).filter((c) => c?.startsWith('PASSWORD')),
        ),
    )
    .toEqual([]);
  await page.close();
});

it('ปลัด registry: "เพิ่มปลัด" takes the card photo, cropped to exactly 2:3, in the page’s file input, with the low-resolution warning', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/palad-add.html`);
  await rig().card.remove();
  await until(() => !port.readers().some((r) => r.cardPresent), 3000, 'card absent');
  await page.getByTestId('read-card-photo').click();
  await page.getByTestId('status').filter({ hasText: 'กรุณาเสียบบัตร' }).waitFor();
  await rig().card.insert('somchai');
  const portrait = page.getByTestId('portrait');
  await portrait.waitFor({ timeout: 20_000 });
  await page.getByTestId('portrait-low').waitFor();
  const file = await page.evaluate(async () => {
    const input = document.getElementById('photo') as HTMLInputElement;
    const f = input.files?.[0];
    if (!f) return null;
    const bitmap = await createImageBitmap(f);
    return { name: f.name, type: f.type, width: bitmap.width, height: bitmap.height };
  });
  expect(file).not.toBeNull();
  expect(file?.type).toBe('image/jpeg');
  expect((file?.width ?? 0) * 3).toBe((file?.height ?? 0) * 2);
  expect(await portrait.getAttribute('data-width')).toBe(String(file?.width));
  await page.close();
});

it('INFO09: a card read for one administrator section fills that section only', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/info09.html`);
  await rig().card.remove();
  await until(() => !port.readers().some((r) => r.cardPresent), 3000, 'card absent');
  const section2 = page.locator('[data-testid="section-picker"][data-section="2"]');
  await section2.getByTestId('section-card').click();
  await page.getByTestId('status').filter({ hasText: 'กรุณาเสียบบัตร' }).waitFor();
  await rig().card.insert('somchai');
  const somchai = EXPECTED.somchai;
  if (!somchai) throw new Error('no somchai');
  await page
    .locator(`[data-testid="section-picker"][data-section="2"][data-filled="${somchai.citizenId}"]`)
    .waitFor({ timeout: 20_000 });
  expect(await page.inputValue('#txtName2')).toBe(somchai.name.th.first);
  expect(await page.inputValue('#txtSurname2')).toBe(somchai.name.th.last);
  expect(await page.inputValue('#txtName1')).toBe('');
  expect(await page.inputValue('#txtRecorder')).toBe('');
  await page.close();
});
