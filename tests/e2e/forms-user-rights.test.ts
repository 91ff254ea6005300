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

it('LHR user rights: the applicant is filled from the register, the approver’s fields are never touched', async () => {
  const browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-a');
  const applicant = PersonRecord.parse({
    citizenId: '1101700207030',
    staffType: 'civil-servant',
    name: { th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' } },
    birthDate: { year: 2528, month: 3, day: 9 },
    sex: 'male',
    contacts: { phone: '', mobile: '081 234 5678', email: 'somchai@banlao.go.th' },
  });
  expect(await askFromPopup(popup, { type: 'register.bulkImport', records: [applicant] })).toMatchObject({
    ok: true,
  });

  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/forms/user-rights.html`);
  await page.getByTestId('register-search-input').fill('สมชาย');
  await page.getByTestId('register-search').click();
  await page.getByTestId('register-result').first().click();
  await page.getByTestId('fill').click();
  await page.locator('[data-testid="panel"][data-phase="filled"]').waitFor();
  const value = (name: string) => page.inputValue(`[name="ctl00$ContentPlaceHolder1$${name}"]`);
  expect(await value('txtCID')).toBe('1101700207030');
  expect(await value('txtFName')).toBe('สมชาย');
  expect(await value('txtLName')).toBe('ใจดี');
  expect(await value('txtBirthDate')).toBe('09/03/2528');
  for (const approver of ['txtApprover', 'txtApproverPosition', 'txtApproveDate'])
    expect(await value(approver)).toBe('');
  await browser.close();
});
