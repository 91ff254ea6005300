import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardService } from '../../agent/src/card/card-service';
import { PcscliteAdapter } from '../../agent/src/card/pcsc-adapter';
import { silentLogger } from '../../agent/src/log';
import { startTestAgent, type TestAgent } from '../support/agent-harness';
import { EXPECTED } from '../support/expected-people';
import { until, useRig } from '../support/rig-fixture';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginInPopup, serveSyncBackend } from './sync-backend';

/**
 * Issue 14 item 4 with the real card path (virtual card, pcscd, agent, extension, Chromium): the card is read from the
 * top page's overlay and lands in the iframe's form — the card read runs in the frame that holds the form.
 */
const { rig } = useRig();
let port: PcscliteAdapter;
let agent: TestAgent;
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof servePractice>>;
let backend: Awaited<ReturnType<typeof serveSyncBackend>>;
const cardPresent = () => port.readers().some((r) => r.cardPresent);

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

describe('frames: the card read from the top overlay', () => {
  it('reads the card through the frame that holds the form and fills it there', async () => {
    const person = Object.keys(EXPECTED)[0] as string;
    const expected = EXPECTED[person];
    if (!expected) throw new Error(person);
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/dynamic/iframe.html`);
    await page.locator('[data-testid="frame-form"][data-path="/kp7-personal.html"]').waitFor();
    const frame = page.frames().find((f) => new URL(f.url()).pathname === '/kp7-personal.html');
    if (!frame) throw new Error('no frame');
    await rig().card.remove();
    await until(() => !cardPresent(), 3000, 'card absent');
    await page.getByTestId('frame-read-card').click();
    await page.locator('[data-testid="frame-form"][data-phase="waiting"]').waitFor();
    await rig().card.insert(person);
    await page.locator('[data-testid="frame-form"][data-phase="preview"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('frame-fill').click();
    await page.locator('[data-testid="frame-form"][data-phase="filled"]').waitFor();
    const first = await frame.inputValue('input[name$="txtFName"]');
    expect(first).toBe(expected.name.th.first);
    expect(await page.locator('lhr-assist-overlay').count()).toBe(1);
    expect(await frame.locator('lhr-assist-overlay').count()).toBe(0);
  }, 60_000);
});
