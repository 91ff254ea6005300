import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PersonRecord } from '../../shared/register/person-record';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { askFromPopup, loginPopup, startSeededBackend } from './register-support';

let backend: Awaited<ReturnType<typeof startSeededBackend>>;
let site: Awaited<ReturnType<typeof servePractice>>;

beforeAll(async () => {
  backend = await startSeededBackend();
  site = await servePractice();
}, 60_000);
afterAll(async () => {
  await backend?.close();
  await site?.close();
});

// Birth dates relative to today's fiscal year (1 Oct – 30 Sep), so the list is the same whenever the test runs.
const now = new Date();
const fiscalCE = now.getUTCMonth() >= 9 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
const person = (citizenId: string, first: string, birthYearCE: number) =>
  PersonRecord.parse({
    citizenId,
    staffType: 'civil-servant',
    name: { th: { title: 'นาย', first, middle: '', last: 'ทดสอบ' } },
    birthDate: { year: birthYearCE + 543, month: 3, day: 15 },
    sex: 'male',
  });
const retiring = person('1101700207030', 'เกษียณปีนี้', fiscalCE - 60);
const overdue = person('3100600123450', 'เลยกำหนด', fiscalCE - 63);
const young = person('1103700012346', 'ยังไม่เกษียณ', fiscalCE - 35);

const codes = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());

it('status change: the register’s retirement list fills the form with the computed date, resignation needs the order at the guard, and the saved status reaches the register', async () => {
  const browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-a');
  expect(
    await askFromPopup(popup, { type: 'register.bulkImport', records: [retiring, overdue, young] }),
  ).toMatchObject({ ok: true });

  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/status-change.html`);
  await page.locator('[data-testid="retirement-panel"][data-count="2"]').waitFor();
  expect(
    await page
      .getByTestId('retirement-row')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-overdue'))),
  ).toEqual(['true', 'false']); // the overdue one first (its date is earlier)

  await page.locator('[data-testid="retirement-row"][data-overdue="true"]').click();
  const pastRetirement = `30/09/${fiscalCE - 3 + 543}`;
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_txtCID')).toBe(overdue.citizenId);
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_txtFullName')).toBe('นายเลยกำหนด ทดสอบ');
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_ddlStatus')).toBe('2'); // เกษียณอายุ
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_txtEffectiveDate')).toBe(pastRetirement);

  // A resignation without its order: the checklist and the guard on the save say so.
  await page.selectOption('#ctl00_ContentPlaceHolder1_ddlStatus', { label: 'ลาออก' });
  await page.locator('[data-testid="checklist-item"][data-code="ORDER_REQUIRED"]').waitFor();
  let submitted = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/forms/status-change.html')) submitted++;
  });
  await page.locator('#ctl00_ContentPlaceHolder1_btnSave').click();
  await page.getByTestId('guard-panel').waitFor();
  expect(await codes(page, 'guard-item')).toEqual(['ORDER_REQUIRED']);
  expect(submitted).toBe(0);
  await page.getByTestId('guard-back').click();

  // Back to the retirement (no order needed by law): nothing open, the save goes to the site and the register.
  await page.selectOption('#ctl00_ContentPlaceHolder1_ddlStatus', { label: 'เกษียณอายุ' });
  await expect.poll(() => codes(page, 'checklist-item')).toEqual([]);
  await Promise.all([page.waitForNavigation(), page.locator('#ctl00_ContentPlaceHolder1_btnSave').click()]);
  expect(submitted).toBe(1);
  await expect
    .poll(async () => {
      const reply = await askFromPopup<{ record?: PersonRecord | null }>(popup, {
        type: 'register.get',
        citizenId: overdue.citizenId,
      });
      return reply.record?.appointment;
    })
    .toMatchObject({ status: 'retired', statusDate: { year: fiscalCE - 3 + 543, month: 9, day: 30 } });
  // The list no longer offers the retired person.
  await page.locator('[data-testid="retirement-panel"][data-count="1"]').waitFor();
  await browser.close();
});
