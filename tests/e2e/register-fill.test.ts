import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { peopleToWorkbook } from '../../shared/register/import/workbook-writer';
import { PersonRecord } from '../../shared/register/person-record';
import { practiceStaff } from '../practice-site/staff-data';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginPopup, startSeededBackend } from './register-support';

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

const somchai = practiceStaff()[0];
if (!somchai) throw new Error('no practice staff');
const d = (year: number, month: number | null = null, day: number | null = null) => ({ year, month, day });

const record = PersonRecord.parse({
  citizenId: somchai.citizenId,
  staffType: 'civil-servant',
  name: { th: { title: 'นาย', first: somchai.first, middle: '', last: somchai.last } },
  birthDate: d(2528, 3, 9),
  sex: 'male',
  address: {
    houseNo: '99/1',
    moo: '5',
    subdistrict: 'ในเมือง',
    district: 'เมืองนครพนม',
    province: 'นครพนม',
    postcode: '48000',
  },
  education: [
    { institution: 'โรงเรียนปิยะมหาราชาลัย', from: d(2540), to: d(2546), degree: 'มัธยมศึกษาตอนปลาย' },
    {
      institution: 'มหาวิทยาลัยขอนแก่น',
      from: d(2546),
      to: d(2550),
      degree: 'รัฐประศาสนศาสตรบัณฑิต',
      major: 'รัฐประศาสนศาสตร์',
    },
    {
      institution: 'มหาวิทยาลัยนครพนม',
      from: d(2555),
      to: d(2557),
      degree: 'รัฐประศาสนศาสตรมหาบัณฑิต',
      country: 'ไทย',
    },
  ],
  positions: [
    {
      date: d(2553, 10, 1),
      positionTitle: 'นักทรัพยากรบุคคล',
      positionNo: '01-0101-3-103',
      level: 'ปฏิบัติการ',
      salary: 15060,
    },
    {
      date: d(2557, 4, 1),
      positionTitle: 'นักทรัพยากรบุคคล',
      level: 'ชำนาญการ',
      salary: 22600,
      reference: 'คำสั่ง อบต. ที่ 45/2557',
    },
    { date: d(2567, 10, 1), positionTitle: 'หัวหน้าสำนักปลัด', level: 'ต้น', salary: 36020 },
  ],
});

const [, teacher, , mission] = practiceStaff();
if (!teacher || !mission) throw new Error('no practice staff');
const others = [teacher, mission].map((p) =>
  PersonRecord.parse({
    citizenId: p.citizenId,
    staffType: p.staffType,
    name: { th: { title: p.title, first: p.first, middle: '', last: p.last } },
    education: [{ institution: 'มหาวิทยาลัยมหาสารคาม', degree: 'ปริญญาตรี', to: d(2550) }],
  }),
);

/** The officer's spreadsheet: three staff types, history sheets, and one row with a wrong check digit. */
function spreadsheet(): string {
  const wb = peopleToWorkbook([record, ...others]);
  const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no people sheet');
  const header = (XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0] ?? []) as string[];
  const broken = header.map((h) =>
    h === header.find((x) => /ประชาชน/.test(x))
      ? '3650100079190'
      : h === header.find((x) => /^ชื่อ$/.test(x))
        ? 'ผิด'
        : '',
  );
  XLSX.utils.sheet_add_aoa(sheet, [broken], { origin: -1 });
  const file = join(mkdtempSync(join(tmpdir(), 'lhr-import-')), 'บุคลากร.xlsx');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

async function fillFromRegister(page: Page, query: string) {
  await page.getByTestId('register-search-input').fill(query);
  await page.getByTestId('register-search').click();
  await page.getByTestId('register-result').first().click();
  await page.getByTestId('fill').click();
  await page.locator('[data-testid="panel"][data-phase="filled"]').waitFor();
}

/** Fills every register row the page lacks, pressing the site's own save after each, as the officer does. */
async function addAllRows(page: Page, rows: number) {
  for (let left = rows; left > 0; left--) {
    await page.locator(`[data-testid="history-panel"][data-pending="${left}"]`).waitFor();
    await page.getByTestId('history-fill-next').click();
    await page.getByTestId('history-in-form').waitFor();
    await Promise.all([page.waitForNavigation(), page.click('#ctl00_ContentPlaceHolder1_btnSave')]);
  }
  await page.locator('[data-testid="history-panel"][data-pending="0"]').waitFor();
}

async function tableTexts(page: Page, grid: string): Promise<string[][]> {
  return page.$$eval(`#ctl00_ContentPlaceHolder1_${grid} tr`, (trs) =>
    trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
  );
}

it('imports a spreadsheet of three staff types with history sheets, then fills the personal, address, education and position pages of a person from the register, every row in order', async () => {
  const browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-a');
  // Import: the page suggests the mapping, previews the people and the problem row, then fills the register.
  // The popup's link opens the import page in a tab (offered only while the register is unlocked).
  const [importer] = await Promise.all([
    browser.context.waitForEvent('page', (p) => p.url().endsWith('/import.html')),
    popup.getByTestId('open-import').click(),
  ]);
  await importer.waitForLoadState();
  await importer.getByTestId('import-file').setInputFiles(spreadsheet());
  const preview = importer.getByTestId('import-preview');
  await preview.waitFor();
  expect(await preview.getAttribute('data-people')).toBe('3');
  const problems = await importer
    .getByTestId('import-problem')
    .evaluateAll((rows) => rows.map((r) => `${r.children[1]?.textContent} ${r.getAttribute('data-code')}`));
  expect(problems).toContain('5 CITIZEN_ID_CHECKSUM');
  expect(await importer.getByTestId('mapping-row').count()).toBeGreaterThan(10);
  // The mapping is the officer's to correct: without the staff-type column nobody can be imported; back with it.
  const fields = importer.getByTestId('mapping-field');
  const staffTypeColumn = (
    await fields.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))
  ).indexOf('staffType');
  await fields.nth(staffTypeColumn).selectOption('');
  await importer.locator('[data-testid="import-preview"][data-people="0"]').waitFor();
  await fields.nth(staffTypeColumn).selectOption('staffType');
  await importer.locator('[data-testid="import-preview"][data-people="3"]').waitFor();
  await importer.getByTestId('import-commit').click();
  const done = importer.getByTestId('import-done');
  await done.waitFor();
  expect(await done.getAttribute('data-added')).toBe('3');
  expect(await importer.getByTestId('import-progress').getAttribute('value')).toBe('3');

  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/kp7-personal.html`);
  await fillFromRegister(page, somchai.first);
  expect(await page.inputValue('[name$="txtFName"]')).toBe(somchai.first);
  expect(await page.inputValue('[name$="txtLName"]')).toBe(somchai.last);
  expect(await page.inputValue('[name$="txtBirthDate"]')).toBe('09/03/2528');
  expect(await page.inputValue('[name$="txtIDCard3"]')).toBe(somchai.citizenId.slice(5, 10));

  // The teacher's own ก.พ.7 page fills the same way.
  await page.goto(`${site.origin}/kp7-personal-teacher.html`);
  await fillFromRegister(page, teacher.citizenId.slice(0, 8));
  expect(await page.inputValue('[name$="txtFName"]')).toBe(teacher.first);
  expect(await page.inputValue('[name$="txtIDCard5"]')).toBe(teacher.citizenId.slice(12));

  // After a pick on the staff list the address page names its person: one click fills it from the register.
  await page.goto(`${site.origin}/kp7-select?pid=${somchai.pid}`);
  await page.goto(`${site.origin}/kp7-address.html`);
  await page.getByTestId('register-subject').click();
  await page.getByTestId('fill').click();
  await page.locator('[data-testid="panel"][data-phase="filled"]').waitFor();
  expect(await page.inputValue('[name$="txtHouseNo"]')).toBe('99/1');
  expect(await page.locator('[name$="ddlProvince"] option:checked').textContent()).toBe('นครพนม');
  expect(await page.locator('[name$="ddlTambon"] option:checked').textContent()).toBe('ในเมือง');
  expect(await page.inputValue('[name$="txtZipcode"]')).toBe('48000');

  // The history pages follow a pick on the staff list (the site's session), then list what LHR lacks.
  await page.goto(`${site.origin}/kp7-select?pid=${somchai.pid}`);
  await page.goto(`${site.origin}/kp7-education.aspx`);
  await addAllRows(page, 3);
  // The add-row form is not the card holder's personal data: no card fill, no checklist there.
  expect(await page.getByTestId('read-card').count()).toBe(0);
  expect(await page.getByTestId('checklist').count()).toBe(0);
  expect(await tableTexts(page, 'gvEducation')).toEqual([
    ['1', 'โรงเรียนปิยะมหาราชาลัย', '2540', '2546', 'มัธยมศึกษาตอนปลาย', '', ''],
    ['2', 'มหาวิทยาลัยขอนแก่น', '2546', '2550', 'รัฐประศาสนศาสตรบัณฑิต', 'รัฐประศาสนศาสตร์', ''],
    ['3', 'มหาวิทยาลัยนครพนม', '2555', '2557', 'รัฐประศาสนศาสตรมหาบัณฑิต', '', 'ไทย'],
  ]);

  await page.goto(`${site.origin}/kp7-position.aspx`);
  await addAllRows(page, 3);
  expect(await tableTexts(page, 'gvPosition')).toEqual([
    ['1', '01/10/2553', 'นักทรัพยากรบุคคล', '01-0101-3-103', 'ปฏิบัติการ', '15,060', ''],
    ['2', '01/04/2557', 'นักทรัพยากรบุคคล', '', 'ชำนาญการ', '22,600', 'คำสั่ง อบต. ที่ 45/2557'],
    ['3', '01/10/2567', 'หัวหน้าสำนักปลัด', '', 'ต้น', '36,020', ''],
  ]);
  await browser.close();
});
