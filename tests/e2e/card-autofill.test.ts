import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardService } from '../../agent/src/card/card-service';
import { PcscliteAdapter } from '../../agent/src/card/pcsc-adapter';
import { silentLogger } from '../../agent/src/log';
import { formatThaiDate } from '../../shared/thai/thai-date-format';
import { isSameTitle } from '../../shared/thai/title-prefix';
import { startTestAgent, type TestAgent } from '../support/agent-harness';
import { EXPECTED } from '../support/expected-people';
import { until, useRig } from '../support/rig-fixture';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginInPopup, serveSyncBackend } from './sync-backend';

const { rig } = useRig();
let port: PcscliteAdapter;
let cards: CardService;
let agent: TestAgent;
let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof servePractice>>;
let otherSite: Awaited<ReturnType<typeof servePractice>>;
let backend: Awaited<ReturnType<typeof serveSyncBackend>>;
const cardPresent = () => port.readers().some((r) => r.cardPresent);

async function removeCard() {
  await rig().card.remove();
  await until(() => !cardPresent(), 3000, 'card absent');
}

/** Values of the page's controls by the last part of their name (ASP.NET prefixes dropped). */
function formValues(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'),
    )) {
      const key = (el.name || el.id).split('$').pop() ?? '';
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (el.checked) out[key] = el.value;
        else out[key] ??= '';
      } else if (el instanceof HTMLSelectElement) {
        out[key] = el.selectedIndex >= 0 ? (el.options[el.selectedIndex]?.text ?? '') : '';
        out[`${key}.value`] = el.value;
      } else out[key] = el.value;
    }
    return out;
  });
}

async function readAndPreview(page: Page, person: string) {
  await removeCard();
  await page.getByTestId('read-card').click();
  await page.getByTestId('status').filter({ hasText: 'กรุณาเสียบบัตร' }).waitFor();
  await rig().card.insert(person);
  await page.getByTestId('preview').waitFor({ timeout: 10_000 });
}

beforeAll(async () => {
  port = new PcscliteAdapter(silentLogger, { minMs: 50, maxMs: 500 });
  cards = new CardService(port, { waitForCardMs: 15_000 });
  await until(() => port.readers().length > 0, 5000, 'readers');
  agent = await startTestAgent(cards);
  site = await servePractice();
  otherSite = await servePractice('127.0.0.2');
  backend = await serveSyncBackend();
  browser = await launchWithExtension();
  await browser.worker.evaluate((agentPort) => chrome.storage.local.set({ agentPort }), agent.port);
  // Pair the way an officer does: the code from `lhr-agent pair`, typed into the popup.
  const popup = await browser.popup();
  const { body } = await agent.admin('POST', '/pairing');
  await popup.getByTestId('pair-code').fill((body as { code: string }).code);
  await popup.getByTestId('pair-submit').click();
  await popup.getByTestId('agent-status').filter({ hasText: 'เชื่อมต่อโปรแกรมอ่านบัตรแล้ว' }).waitFor();
  // The person cache (the register) opens only for a logged-in officer (issue 15 §18).
  await loginInPopup(popup, backend.url, 'officer-a');
  await popup.close();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await otherSite?.close();
  await backend?.close();
  await agent?.close();
  await port?.close();
});

describe('card-tap autofill on the ก.พ.7 personal page', () => {
  it.each(Object.keys(EXPECTED))('fills %s and every value is in the page', async (person) => {
    const expected = EXPECTED[person];
    if (!expected) throw new Error(person);
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await readAndPreview(page, person);
    await page.getByTestId('fill').click();
    const report = page.getByTestId('report');
    await report.waitFor();
    const v = await formValues(page);
    const { th, en } = expected.name;
    expect([1, 2, 3, 4, 5].map((i) => v[`txtIDCard${i}`]).join('')).toBe(expected.citizenId);
    expect(isSameTitle(v.ddlPrefix ?? '', th.title)).toBe(true);
    expect([v.txtFName, v.txtMName, v.txtLName]).toEqual([th.first, th.middle, th.last]);
    expect([v.txtFNameEN, v.txtMNameEN, v.txtLNameEN]).toEqual([en.first, en.middle, en.last]);
    expect(v.rdoSex).toBe(expected.sex === 'male' ? 'M' : 'F');
    // Partial birth dates cannot be written as dd/mm/yyyy without inventing a day: the field stays empty.
    const birth = expected.birthDate && formatThaiDate(expected.birthDate, 'numeric');
    expect(v.txtBirthDate).toBe(birth ?? '');
    expect(v.txtCardIssue).toBe(expected.issueDate ? formatThaiDate(expected.issueDate, 'numeric') : '');
    expect(v.txtCardExpire).toBe(
      expected.expiryDate === 'lifelong'
        ? 'ตลอดชีพ'
        : formatThaiDate(expected.expiryDate ?? { year: 0, month: null, day: null }, 'numeric'),
    );
    // Other people's fields never get the card holder's data.
    for (const other of [
      'txtFatherFName',
      'txtFatherLName',
      'txtMotherFName',
      'txtMotherLName',
      'txtSpouseName',
      'txtSpouseID',
    ]) {
      expect(v[other]).toBe('');
    }
    const enTitleMissing = !['Mr.', 'Mrs.', 'Miss', 'Ms.'].includes(en.title);
    expect(v.ddlPrefixEN).toBe(enTitleMissing ? '--' : en.title);
    const missed = await page
      .getByTestId('missed')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-field-type')}:${e.getAttribute('data-reason')}`),
      );
    expect(missed).toEqual(enTitleMissing ? ['titleEn:noOption'] : []);
    await page.close();
  });

  it('undo puts back what was there, and existing values are not overwritten without consent', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await page.fill('[name$="txtFName"]', 'ค่าที่พิมพ์เอง');
    await readAndPreview(page, 'somchai');
    await page.getByTestId('fill').click();
    await page.getByTestId('report').waitFor();
    let v = await formValues(page);
    expect(v.txtFName).toBe('ค่าที่พิมพ์เอง');
    expect(v.txtLName).toBe('ใจดี');
    expect(await page.getByTestId('missed').getAttribute('data-reason')).toBe('userValue');
    await page.getByTestId('undo').click();
    v = await formValues(page);
    expect([v.txtFName, v.txtLName, v.txtIDCard1, v.txtBirthDate]).toEqual(['ค่าที่พิมพ์เอง', '', '', '']);
    await page.close();
  });
});

describe('only the tab that asked', () => {
  it('gets the card: another tab with the same page stays untouched', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${site.origin}/kp7-personal.html`);
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await readAndPreview(page, 'somchai');
    expect(await other.getByTestId('panel').getAttribute('data-phase')).toBe('idle');
    expect(await other.getByTestId('preview').count()).toBe(0);
    await page.close();
    await other.close();
  });
});

describe('address page with cascading selects', () => {
  it('fills province → district → subdistrict after each loads, and the chosen postcode', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-address.html`);
    await page.waitForFunction(
      () => (document.querySelector('select[name$="ddlProvince"]') as HTMLSelectElement).options.length > 70,
    );
    await readAndPreview(page, 'bangkok-lifelong');
    await page.getByTestId('postcode-10240').click();
    await page.getByTestId('fill').click();
    await page.getByTestId('report').waitFor({ timeout: 15_000 });
    const v = await formValues(page);
    const a = EXPECTED['bangkok-lifelong']?.address;
    expect([v.txtHouseNo, v.txtMoo, v.txtSoi, v.txtRoad]).toEqual([a?.houseNo, a?.moo, a?.soi, a?.road]);
    expect([v.ddlProvince, v.ddlAmphur, v.ddlTambon]).toEqual(['กรุงเทพมหานคร', 'เขตบางกะปิ', 'หัวหมาก']);
    expect(v.txtZipcode).toBe('10240');
    expect(await page.getByTestId('report').getAttribute('data-missed')).toBe('0');
    await page.close();
  });
});

describe('failures the officer must understand', () => {
  it('a card pulled mid-read shows a Thai message and fills nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await removeCard();
    await page.getByTestId('read-card').click();
    await page.getByTestId('status').waitFor();
    await rig().card.insert('somchai', { pullAfterApdu: 4 });
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.getAttribute('data-code')).toBe('CARD_REMOVED');
    expect(await error.textContent()).toContain('บัตรถูกถอดออกระหว่างอ่าน');
    const v = await formValues(page);
    expect([v.txtIDCard1, v.txtFName, v.txtLName, v.txtBirthDate]).toEqual(['', '', '', '']);
    await page.close();
  });

  it('with the agent stopped it says so clearly, and works again once the agent is back', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    const agentPort = agent.port;
    await agent.close();
    await page.getByTestId('read-card').click();
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.getAttribute('data-code')).toBe('AGENT_UNAVAILABLE');
    expect(await error.textContent()).toContain('ไม่พบโปรแกรมอ่านบัตร');
    agent = await startTestAgent(cards, { dir: agent.dir, port: agentPort });
    // The background reconnects by itself (backoff 1 s, 2 s, 4 s…), before the officer retries.
    await until(() => agent.logText().includes('agent.authenticated'), 15_000, 'background reconnect');
    await removeCard();
    await page.getByTestId('retry').click();
    await page.getByTestId('status').filter({ hasText: 'กรุณาเสียบบัตร' }).waitFor();
    await rig().card.insert('somchai');
    await page.getByTestId('preview').waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('boundaries', () => {
  it('a page on a non-allowed origin gets no overlay and cannot reach the agent', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${otherSite.origin}/kp7-personal.html`);
    await page.waitForTimeout(500);
    expect(await page.locator('lhr-assist-overlay').count()).toBe(0);
    const before = agent.auditLines().filter((l) => l.reason === 'bad-origin').length;
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onopen = () => resolve('open');
          ws.onclose = (e) => resolve(`closed:${e.code}`);
        }),
      `ws://127.0.0.1:${agent.port}/v1`,
    );
    expect(outcome).toBe('closed:1006');
    expect(agent.auditLines().filter((l) => l.reason === 'bad-origin').length).toBe(before + 1);
    await page.close();
  });

  it('no IndexedDB database appears in the practice site origin; the person cache lives in the extension', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    const dbs = await browser.worker.evaluate(() => indexedDB.databases());
    expect(dbs.map((d) => d.name)).toContainEqual(expect.stringMatching(/^lhr-assist-vault-[0-9a-f]{24}$/));
    await page.close();
  });

  it('fills from the person cache without a card', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await page.getByTestId('search-input').fill('1-1017-00207');
    await page.getByTestId('search-cache').click();
    await page.getByTestId('search-result').first().click();
    await page.getByTestId('fill').click();
    await page.getByTestId('report').waitFor();
    const v = await formValues(page);
    expect([v.txtFName, v.txtLName]).toEqual(['สมชาย', 'ใจดี']);
    await page.close();
  });
});

describe('a card already in the reader (issue 15, finding 19)', () => {
  it('asks to take the card out and put it back — an instruction, not an error — and reads once it is back', async () => {
    const first = await browser.context.newPage();
    await first.goto(`${site.origin}/kp7-personal.html`);
    await readAndPreview(first, 'somchai'); // this insertion is now used
    await first.close();
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await page.getByTestId('read-card').click();
    await page.getByTestId('status').filter({ hasText: 'ถอดออกแล้วเสียบใหม่' }).waitFor();
    expect(await page.getByTestId('error').count()).toBe(0);
    await removeCard();
    await rig().card.insert('malee-middle-name');
    await page.getByTestId('preview').waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('the overlay in English (loaded only when asked)', () => {
  it('switches to English on the officer’s click, keeps it on the next page, and back to Thai', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await page.getByTestId('read-card').filter({ hasText: 'อ่านบัตร' }).waitFor();
    await page.getByTestId('lang').click();
    await page.getByTestId('read-card').filter({ hasText: 'Read ID card' }).waitFor();
    const next = await browser.context.newPage();
    await next.goto(`${site.origin}/kp7-personal.html`);
    await next.getByTestId('read-card').filter({ hasText: 'Read ID card' }).waitFor();
    await next.getByTestId('lang').click();
    await next.getByTestId('read-card').filter({ hasText: 'อ่านบัตร' }).waitFor();
    await next.close();
    await page.close();
  });
});
