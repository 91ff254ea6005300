import { afterAll, beforeAll, expect, it } from 'vitest';
import { practiceStaff } from '../practice-site/staff-data';
import { launchWithExtension } from './browser';
import { servePractice } from './practice-server';
import { loginPopup, startSeededBackend, storedDrafts } from './register-support';

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

const person = practiceStaff()[4];
if (!person) throw new Error('no practice staff');

it('a half-typed history row is kept as a draft of that person and restored after the page is lost', async () => {
  const browser = await launchWithExtension();
  const popup = await browser.popup();
  await loginPopup(popup, backend.url, 'officer-a');
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/kp7-select?pid=${person.pid}`);
  await page.goto(`${site.origin}/kp7-training.aspx`);
  const typed: Array<[string, string]> = [
    ['txtCourse', 'หลักสูตรนักบริหารงานท้องถิ่น'],
    ['txtBatch', '12'],
    ['txtTrainFrom', '01/06/2568'],
  ];
  for (const [name, value] of typed) await page.fill(`[name$="${name}"]`, value);
  // Autosave runs 0.8 s after the last change; wait until the sealed copy is in the officer's vault database.
  await expect.poll(() => storedDrafts(browser.worker), { timeout: 20_000 }).toBe(1);

  // The page is lost before the save (a timeout, a closed tab): the draft is offered when it opens again.
  await page.goto(`${site.origin}/menu.html`);
  await page.goto(`${site.origin}/kp7-training.aspx`);
  const draft = page.getByTestId('draft');
  await draft.waitFor({ timeout: 20_000 });
  await page.getByTestId('draft-restore').click();
  await page.getByTestId('draft-restored').waitFor();
  for (const [name, value] of typed) expect(await page.inputValue(`[name$="${name}"]`)).toBe(value);

  // Saved: the table shows the row, so its draft is not offered any more.
  await Promise.all([page.waitForNavigation(), page.click('#ctl00_ContentPlaceHolder1_btnSave')]);
  await page.goto(`${site.origin}/kp7-training.aspx`);
  await page.locator('[data-testid="panel"][data-drafts-loaded="true"]').waitFor();
  expect(await page.getByTestId('draft').count()).toBe(0);
  await browser.close();
});
