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

const codes = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());

const admin = (citizenId: string, title: string, first: string, position: string, mobile: string) =>
  PersonRecord.parse({
    citizenId,
    staffType: 'civil-servant',
    name: { th: { title, first, middle: '', last: 'ดูแลระบบ' } },
    contacts: { phone: '044 812 345', mobile, email: '' },
    positions: [{ date: { year: 2565, month: 10, day: 1 }, positionTitle: position }],
  });

it('INFO08: the website check and the fiscal-year rule next to the select; the guard on บันทึก shows a non-address', async () => {
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/info08.html`);
  await page.locator('[data-testid="form-note"][data-note="fiscalYearRule"]').waitFor();
  await page.fill('#txtWebsite', '-');
  await page.locator('[data-testid="checklist-item"][data-code="URL_INVALID"]').waitFor();
  let submitted = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST') submitted++;
  });
  await page.locator('#btnSave').click();
  await page.getByTestId('guard-panel').waitFor();
  expect(await codes(page, 'guard-item')).toEqual(['URL_INVALID']);
  expect(submitted).toBe(0);
  await page.getByTestId('guard-back').click();
  await page.fill('#txtWebsite', 'www.banlao.go.th');
  await expect.poll(() => codes(page, 'checklist-item')).toEqual([]);
  await Promise.all([page.waitForNavigation(), page.locator('#btnSave').click()]);
  expect(submitted).toBe(1);
  await browser.close();
});

it('INFO09: each administrator section is filled from the register on its own, the recorder never; position and phone are checked', async () => {
  const browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-a');
  const first = admin('1101700207030', 'นาย', 'สมชาย', 'นักวิชาการคอมพิวเตอร์', '081 234 5678');
  const second = admin('3100600123450', 'นางสาว', 'สมหญิง', 'เจ้าพนักงานธุรการ', '089-765-4321');
  expect(await askFromPopup(popup, { type: 'register.bulkImport', records: [first, second] })).toMatchObject({
    ok: true,
  });
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/info09.html`);
  const section = (n: number) => page.locator(`[data-testid="section-picker"][data-section="${n}"]`);
  await section(2).waitFor();

  // The second administrator first: section 2 only.
  await section(2).getByTestId('section-search-input').fill('สมหญิง');
  await section(2).getByTestId('section-search').click();
  await section(2).getByTestId('section-result').first().click();
  await page
    .locator('[data-testid="section-picker"][data-section="2"][data-filled="3100600123450"]')
    .waitFor();
  expect(await page.inputValue('#txtName2')).toBe('สมหญิง');
  expect(await page.inputValue('#ddlTitle2')).toBe('นางสาว');
  expect(await page.inputValue('#txtPosition2')).toBe('เจ้าพนักงานธุรการ');
  expect(await page.inputValue('#txtMobile2')).toBe('089-765-4321');
  expect(await page.inputValue('#txtName1')).toBe('');

  await section(1).getByTestId('section-search-input').fill('สมชาย');
  await section(1).getByTestId('section-search').click();
  await section(1).getByTestId('section-result').first().click();
  await page
    .locator('[data-testid="section-picker"][data-section="1"][data-filled="1101700207030"]')
    .waitFor();
  expect(await page.inputValue('#txtName1')).toBe('สมชาย');
  expect(await page.inputValue('#txtName2')).toBe('สมหญิง');
  expect(await page.inputValue('#txtRecorder')).toBe('');

  // A phone that is not one and a position left empty: the checklist and the guard on บันทึก.
  await page.fill('#txtTel1', 'ไม่มี');
  await page.fill('#txtPosition2', '');
  await page.locator('[data-testid="checklist-item"][data-code="PHONE_INVALID"]').waitFor();
  await page.locator('#btnSave').click();
  await page.getByTestId('guard-panel').waitFor();
  expect(await codes(page, 'guard-item')).toEqual(['PHONE_INVALID', 'REQUIRED_EMPTY']);
  await browser.close();
});
