import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { servePractice } from './practice-server';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof servePractice>>;

beforeAll(async () => {
  site = await servePractice();
  browser = await launchWithExtension();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const items = (page: import('playwright-core').Page, testId: string) =>
  page
    .getByTestId(testId)
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-field-type') ?? ''}:${e.getAttribute('data-code')}`).sort(),
    );

describe('the overlay', () => {
  it('is styled: its stylesheet reached the shadow root (a practice origin on any port)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    const style = await page.getByTestId('panel').evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, width: s.width, zIndex: s.zIndex };
    });
    // From style.css; without it the panel is an unstyled static block as wide as the page.
    expect(style).toEqual({ position: 'fixed', width: '340px', zIndex: '2147483647' });
    await page.close();
  });
});

describe('per-form checklist and the certify guard', () => {
  it('lists exactly the missing and invalid required fields, live, and the guard shows them before certifying', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/kp7-personal.html`);
    await page.getByTestId('checklist').waitFor();
    expect(await items(page, 'checklist-item')).toEqual(
      ['birthDate', 'citizenId', 'firstName', 'lastName', 'sex', 'title']
        .map((t) => `${t}:REQUIRED_EMPTY`)
        .sort(),
    );
    // An ID with a wrong check digit, a first name, a CE birth year, a title and the sex; the last name stays empty.
    for (const [i, v] of ['1', '1017', '00207', '03', '1'].entries())
      await page.fill(`[name$="txtIDCard${i + 1}"]`, v);
    await page.fill('[name$="txtFName"]', 'สมชาย');
    await page.selectOption('[name$="ddlPrefix"]', { label: 'นาย' });
    await page.check('[id$="rdoSex_0"]');
    await page.fill('[name$="txtBirthDate"]', '15/01/1987');
    await page.locator('[name$="txtBirthDate"]').blur();
    // The count alone can be 3 before the birth date is checked (then it is still empty): wait for its verdict.
    await page
      .locator('[data-testid="checklist-item"][data-field-type="birthDate"][data-code="DATE_INVALID"]')
      .waitFor();
    expect(await items(page, 'checklist-item')).toEqual([
      'birthDate:DATE_INVALID',
      'citizenId:CITIZEN_ID_CHECKSUM',
      'lastName:REQUIRED_EMPTY',
    ]);

    const certify = await browser.context.newPage();
    await certify.goto(`${site.origin}/certify.html`);
    let confirmed = false;
    certify.on('dialog', (d) => {
      confirmed = true;
      void d.dismiss();
    });
    await certify.locator('input[value="รับรองระดับ อปท."]').click();
    await certify.getByTestId('guard-panel').waitFor();
    expect(confirmed).toBe(false); // the page's own confirm() never ran: the click stopped at the guard
    expect(
      (
        await certify
          .getByTestId('guard-item')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))
      ).sort(),
    ).toEqual(['CITIZEN_ID_CHECKSUM', 'DATE_INVALID', 'REQUIRED_EMPTY']);
    await certify.getByTestId('guard-continue').click();
    await certify.getByTestId('guard-acknowledged').waitFor();
    expect(confirmed).toBe(false); // acknowledging does not click anything
    await certify.locator('input[value="รับรองระดับ อปท."]').click();
    await expect.poll(() => confirmed).toBe(true); // the officer's own second click reaches the page
    await page.close();
    await certify.close();
  });

  it('lets the certify click straight through when nothing is open', async () => {
    const fresh = await launchWithExtension();
    const certify = await fresh.context.newPage();
    await certify.goto(`${site.origin}/certify.html`);
    await certify.waitForTimeout(300);
    let confirmed = false;
    certify.on('dialog', (d) => {
      confirmed = true;
      void d.dismiss();
    });
    await certify.locator('input[value="รับรองระดับ อปท."]').click();
    await expect.poll(() => confirmed).toBe(true);
    expect(await certify.getByTestId('guard-panel').count()).toBe(0);
    await fresh.close();
  });
});
