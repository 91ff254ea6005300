import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, importRegistry, upsertOrg } from '../../backend/src/cli/admin';
import { PersonRecord } from '../../shared/register/person-record';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { askFromPopup, loginPopup, startSeededBackend, syncNow } from './register-support';

let backend: Awaited<ReturnType<typeof startSeededBackend>>;
let site: Awaited<ReturnType<typeof servePractice>>;

/** A synthetic extract of the DLA registry with the practice page's อปท. (Thai headers, as the DLA publishes it). */
function registryCsv(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lhr-registry-')), 'registry.csv');
  writeFileSync(
    file,
    [
      'รหัส อปท.,ประเภท อปท.,อปท.,จังหวัด,อำเภอ',
      '6360101,อบต.,องค์การบริหารส่วนตำบลบ้านเล่า,ชัยภูมิ,เมืองชัยภูมิ',
      '6360201,อบต.,องค์การบริหารส่วนตำบลบ้านเขว้า,ชัยภูมิ,บ้านเขว้า',
      '6300105,อบต.,องค์การบริหารส่วนตำบลบ้านใหม่,นครราชสีมา,เมืองนครราชสีมา',
    ].join('\n'),
  );
  return file;
}

beforeAll(async () => {
  backend = await startSeededBackend(async (db) => {
    await upsertOrg(db, '6360101', 'องค์การบริหารส่วนตำบลบ้านเล่า');
    await createUser(db, {
      username: 'officer-bl',
      password: 'password-bl',
      role: 'officer',
      org: '6360101',
    });
    // The admin CLI's import also publishes the registry into the national `orgs` stream.
    await importRegistry(db, registryCsv());
  });
  site = await servePractice();
}, 60_000);
afterAll(async () => {
  await backend?.close();
  await site?.close();
});

const CID = '1101700207030';
const person = PersonRecord.parse({
  citizenId: CID,
  staffType: 'civil-servant',
  name: { th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' } },
  birthDate: { year: 2528, month: 3, day: 9 },
  sex: 'male',
});

const codes = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());

async function pickOrg(page: Page, query: string, code: string) {
  await page.getByTestId('org-search-input').fill(query);
  await page.locator(`[data-testid="org-result"][data-code="${code}"]`).click();
  await page.locator(`[data-testid="org-picked"][data-code="${code}"]`).waitFor();
}

it('transfer order: the target อปท. from the synced registry by Thai type-ahead, the transferee from the register, the checks at the guard, and the register records the approved transfer', async () => {
  const browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-bl', 'password-bl');
  expect(await askFromPopup(popup, { type: 'register.bulkImport', records: [person] })).toMatchObject({
    ok: true,
  });
  await syncNow(popup);

  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/transfer-order.html`);
  await page.getByTestId('transfer-panel').waitFor();

  // The officer's own อปท. as the target: the type-ahead sets the cascade, the checklist says it is the own อปท.
  await pickOrg(page, 'อบต.บ้านเล่า', '6360101');
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_ddlToOrg')).toBe('6360101');
  await page.locator('[data-testid="checklist-item"][data-code="TARGET_IS_SELF"]').waitFor();

  // Short and long type names, amphoe and province words: "อบต. บ้านใหม่ โคราช" style queries find the right one.
  await pickOrg(page, 'บ้านใหม่ นครราชสีมา', '6300105');
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_ddlToProvince')).toBe('30');
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_ddlToAmphur')).toBe('3001');
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_ddlToOrg')).toBe('6300105');
  await expect.poll(() => page.getByTestId('checklist-item').count()).toBeGreaterThan(0);
  expect(await codes(page, 'checklist-item')).not.toContain('TARGET_IS_SELF');

  // The transferee from the staff register.
  await page.getByTestId('register-search-input').fill('สมชาย');
  await page.getByTestId('register-search').click();
  await page.getByTestId('register-result').first().click();
  await page.getByTestId('fill').click();
  await page.locator('[data-testid="panel"][data-phase="filled"]').waitFor();
  expect(await page.inputValue('#ctl00_ContentPlaceHolder1_txtTransCID')).toBe(CID);

  // A letter number that is not in the official style and a date in the future: the guard stops the approval.
  await page.fill('#ctl00_ContentPlaceHolder1_txtLetterNo', '123');
  await page.fill('#ctl00_ContentPlaceHolder1_txtLetterDate', '01/01/2580');
  await page.locator('#ctl00_ContentPlaceHolder1_txtLetterDate').blur();
  await page.locator('[data-testid="checklist-item"][data-code="DATE_FUTURE"]').waitFor();
  let confirmed = 0;
  page.on('dialog', (d) => {
    confirmed++;
    void d.accept();
  });
  await page.locator('input[value="บันทึกและอนุมัติข้อมูล"]').click();
  await page.getByTestId('guard-panel').waitFor();
  expect(confirmed).toBe(0);
  expect(await codes(page, 'guard-item')).toEqual(['DATE_FUTURE', 'LETTER_NO_INVALID']);
  await page.getByTestId('guard-back').click();

  // Corrected (Thai digits and the official spacing); nothing is open: the approval goes through the page's own
  // confirm, and the register records the transfer.
  await page.fill('#ctl00_ContentPlaceHolder1_txtLetterNo', 'ชย ๗๓๓๐๑/๑๒๓');
  await page.fill('#ctl00_ContentPlaceHolder1_txtLetterDate', '01/06/2569');
  await page.locator('#ctl00_ContentPlaceHolder1_txtLetterDate').blur();
  await expect.poll(() => codes(page, 'checklist-item')).toEqual([]);
  await Promise.all([page.waitForNavigation(), page.locator('input[value="บันทึกและอนุมัติข้อมูล"]').click()]);
  expect(confirmed).toBe(1);
  await expect
    .poll(async () => {
      const reply = await askFromPopup<{ record?: PersonRecord | null }>(popup, {
        type: 'register.get',
        citizenId: CID,
      });
      return reply.record?.appointment;
    })
    .toMatchObject({
      status: 'transferred-out',
      statusDate: { year: 2569, month: 6, day: 1 },
      statusReference: 'ชย ๗๓๓๐๑/๑๒๓ ลงวันที่ 01/06/2569',
    });
  await browser.close();
});
