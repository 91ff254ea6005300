import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { practiceStaff } from '../practice-site/staff-data';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { askFromPopup, loginPopup, startSeededBackend, syncNow } from './register-support';

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

const staff = practiceStaff();
const [, teacher, third] = staff;
if (!teacher || !third) throw new Error('no practice staff');

interface RecordReply {
  record: {
    staffType: string;
    birthDate: unknown;
    education: Array<{ institution: string; from: unknown }>;
    appointment: { positionTitle: string; status: string };
    provenance: { listedInLhrAt: string };
  } | null;
}

async function listed(page: Page, seen: number) {
  await page.locator(`[data-testid="listed"][data-seen="${seen}"]`).waitFor({ timeout: 30_000 });
}

it('a staff list of 3 pages teaches the register everyone on it; a saved page is captured, can be undone, and reaches a second PC', async () => {
  const pcA = await launchWithExtension();
  const popupA = await pcA.popup();
  await loginPopup(popupA, backend.url, 'officer-a');
  const page = await pcA.context.newPage();

  // ค้นหาบุคลากร, หน้า 1 2 3: each page the officer shows is read, nobody's record is opened.
  await page.goto(`${site.origin}/staff-list.aspx`);
  await listed(page, 10);
  for (const [n, count] of [
    [2, 10],
    [3, 5],
  ] as const) {
    await Promise.all([page.waitForNavigation(), page.click(`tr.pager a:text-is("${n}")`)]);
    await listed(page, count);
  }
  for (const person of staff) {
    const { record } = await askFromPopup<RecordReply>(popupA, {
      type: 'register.get',
      citizenId: person.citizenId,
    });
    expect(record?.staffType).toBe(person.staffType);
    expect(record?.appointment).toMatchObject({ positionTitle: person.position, status: person.status });
    expect(record?.provenance.listedInLhrAt).not.toBe('');
  }

  // A history row typed and saved by the officer: after the site's save, the page's table goes into the register.
  await page.goto(`${site.origin}/kp7-select?pid=${teacher.pid}`);
  await page.goto(`${site.origin}/kp7-education.aspx`);
  await page.fill('[name$="txtInstitution"]', 'มหาวิทยาลัยราชภัฏสกลนคร');
  await page.fill('[name$="txtFromYear"]', '2545');
  await page.fill('[name$="txtToYear"]', '2549');
  await page.fill('[name$="txtDegree"]', 'ครุศาสตรบัณฑิต');
  await Promise.all([page.waitForNavigation(), page.click('#ctl00_ContentPlaceHolder1_btnSave')]);
  const notice = page.locator('[data-testid="capture-notice"][data-undone="false"]');
  await notice.waitFor();
  expect(await notice.getAttribute('data-rows')).toBe('1');
  expect(await notice.getAttribute('data-parts')).toBe('education');

  // The officer can take it back; opening the page again (a read-only look) captures it again.
  await page.getByTestId('capture-undo').click();
  await page.locator('[data-testid="capture-notice"][data-undone="true"]').waitFor();
  let reply = await askFromPopup<RecordReply>(popupA, { type: 'register.get', citizenId: teacher.citizenId });
  expect(reply.record?.education).toEqual([]);
  // (a GET: reloading the postback's answer would post the row a second time)
  await page.goto(`${site.origin}/kp7-education.aspx`);
  await notice.waitFor();
  reply = await askFromPopup<RecordReply>(popupA, { type: 'register.get', citizenId: teacher.citizenId });
  expect(reply.record?.education.map((e) => e.institution)).toEqual(['มหาวิทยาลัยราชภัฏสกลนคร']);

  // The personal page: what the officer saves there is kept too (names, birth date, sex).
  await page.goto(`${site.origin}/kp7-personal.html`);
  const id = third.citizenId;
  const parts: Array<[string, string]> = [
    ['txtIDCard1', id.slice(0, 1)],
    ['txtIDCard2', id.slice(1, 5)],
    ['txtIDCard3', id.slice(5, 10)],
    ['txtIDCard4', id.slice(10, 12)],
    ['txtIDCard5', id.slice(12)],
    ['txtFName', third.first],
    ['txtLName', third.last],
    ['txtBirthDate', '02/02/2531'],
  ];
  for (const [name, value] of parts) await page.fill(`[name$="${name}"]`, value);
  await page.selectOption('[name$="ddlPrefix"]', { label: 'นาย' });
  await page.check('[id$="rdoSex_0"]');
  await Promise.all([page.waitForNavigation(), page.click('#ctl00_ContentPlaceHolder1_btnSave')]);
  // The site's answer shows the saved form again; the overlay says what the save click kept, with its undo.
  const kept = page.locator('[data-testid="capture-notice"][data-undone="false"]');
  await kept.waitFor();
  expect(await kept.getAttribute('data-parts')).toContain('identity');
  reply = await askFromPopup<RecordReply>(popupA, { type: 'register.get', citizenId: id });
  expect(reply.record?.birthDate).toEqual({ year: 2531, month: 2, day: 2 });

  // The address page of the same person (picked on the staff list): typed and saved, kept whole.
  await page.goto(`${site.origin}/kp7-select?pid=${third.pid}`);
  await page.goto(`${site.origin}/kp7-address.html`);
  await page.fill('[name$="txtHouseNo"]', '12/3');
  await page
    .locator('[name$="ddlProvince"] option', { hasText: 'นครพนม' })
    .first()
    .waitFor({ state: 'attached' });
  await page.selectOption('[name$="ddlProvince"]', { label: 'นครพนม' });
  await page.locator('[name$="ddlAmphur"] option', { hasText: 'เมืองนครพนม' }).waitFor({ state: 'attached' });
  await page.selectOption('[name$="ddlAmphur"]', { label: 'อ.เมืองนครพนม' });
  await page.locator('[name$="ddlTambon"] option', { hasText: 'ในเมือง' }).waitFor({ state: 'attached' });
  await page.selectOption('[name$="ddlTambon"]', { label: 'ในเมือง' });
  await page.fill('[name$="txtZipcode"]', '48000');
  await Promise.all([page.waitForNavigation(), page.click('#ctl00_ContentPlaceHolder1_btnSave')]);
  await page.locator('[data-testid="capture-notice"][data-undone="false"]').waitFor();
  const withAddress = await askFromPopup<{ record: { address: Record<string, string>; birthDate: unknown } }>(
    popupA,
    { type: 'register.get', citizenId: id },
  );
  expect(withAddress.record.address).toMatchObject({
    houseNo: '12/3',
    subdistrict: 'ในเมือง',
    district: 'เมืองนครพนม',
    province: 'นครพนม',
    postcode: '48000',
  });
  // The answer page's selects come back empty (they load by XHR): nothing of the address was erased by it.
  expect(withAddress.record.birthDate).toEqual({ year: 2531, month: 2, day: 2 });

  await syncNow(popupA);
  await pcA.close();

  // Another PC of the same อปท.: after its sync, the register there has what PC A captured. Its first pull merges
  // the records one by one, in the order the server stored them, so both people are awaited together.
  const pcB = await launchWithExtension();
  const popupB = await pcB.popup();
  await loginPopup(popupB, backend.url, 'officer-a2');
  let other: RecordReply = { record: null };
  await expect
    .poll(
      async () => {
        reply = await askFromPopup<RecordReply>(popupB, {
          type: 'register.get',
          citizenId: teacher.citizenId,
        });
        other = await askFromPopup<RecordReply>(popupB, { type: 'register.get', citizenId: id });
        return [reply.record?.education.map((e) => e.institution), other.record?.birthDate];
      },
      { timeout: 30_000 },
    )
    .toEqual([['มหาวิทยาลัยราชภัฏสกลนคร'], { year: 2531, month: 2, day: 2 }]);
  expect(reply.record?.education[0]?.from).toEqual({ year: 2545, month: null, day: null });
  await pcB.close();
});
