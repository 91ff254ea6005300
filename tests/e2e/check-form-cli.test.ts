import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DetectionBrowser } from '../../tools/detect/detect-in-chromium';
import { checkBundle } from '../../tools/detect/page-bundle';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const pages = join(root, 'tests/practice-site/public/forms');
const dir = mkdtempSync(join(tmpdir(), 'check-form-'));

/** A practice page with values typed into controls (by id), as the officer would leave it before saving. */
function filled(page: string, values: Record<string, string>, selected: Record<string, string> = {}): string {
  let html = readFileSync(join(pages, page), 'utf8');
  for (const [id, value] of Object.entries(values))
    html = html.replace(new RegExp(`(<input[^>]*id="${id}")`), `$1 value="${value}"`);
  for (const [id, value] of Object.entries(selected))
    html = html.replace(
      new RegExp(`(<select[^>]*id="${id}"[^>]*>)`),
      `$1<option value="${value}" selected>${value}</option>`,
    );
  const file = join(dir, `${page}-${Object.keys(values).join('-')}.html`);
  writeFileSync(file, html);
  return file;
}

let browser: DetectionBrowser;
beforeAll(async () => {
  browser = await DetectionBrowser.start(checkBundle());
});
afterAll(() => browser?.close());

/** The same bundle the CLI injects, in one browser for the whole file (a browser per call is slow on 2 cores). */
async function checkForm(file: string, today = '2026-12-02'): Promise<{ index: number; code: string }[]> {
  const url = 'https://example.invalid/form.html';
  return (await browser.evaluate(
    readFileSync(file, 'utf8'),
    `globalThis.__lhrCheck(${JSON.stringify(url)}, ${JSON.stringify(today)})`,
  )) as { index: number; code: string }[];
}

/** The CLI itself: its output contract. */
async function checkFormCli(file: string, today: string): Promise<{ index: number; code: string }[]> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'tools/check-form/check-form-cli.ts', file, '--today', today],
    {
      cwd: root,
    },
  );
  return JSON.parse(stdout).items;
}

describe('npm run -s check-form', () => {
  it('INFO08: "ไม่มี" and a phone number are not a website; a real address passes', async () => {
    expect((await checkForm(filled('info08.html', { txtWebsite: 'ไม่มี' }))).map((i) => i.code)).toEqual([
      'URL_INVALID',
    ]);
    expect(await checkForm(filled('info08.html', { txtWebsite: '๐๔๔-๘๑๒๓๔๕' }))).toEqual([
      { index: 2, code: 'URL_INVALID' },
    ]);
    expect(await checkForm(filled('info08.html', { txtWebsite: 'www.banlao.go.th' }))).toEqual([]);
  });

  it('transfer order: letter number style, letter date not in the future (ISO --today), by detect index', async () => {
    const file = filled('transfer-order.html', {
      ctl00_ContentPlaceHolder1_txtLetterNo: 'หนังสือที่ 123',
      ctl00_ContentPlaceHolder1_txtLetterDate: '03/12/2569',
    });
    const items = await checkFormCli(file, '2026-12-02');
    expect(items.map((i) => i.code)).toEqual(['LETTER_NO_INVALID', 'DATE_FUTURE']);
    expect(await checkForm(file)).toEqual(items);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/detect/detect-cli.ts', file], {
      cwd: root,
    });
    expect(JSON.parse(stdout).fields.length).toBeGreaterThan(Math.max(...items.map((i) => i.index)));
    // the same page a day later: the date is no longer in the future
    expect((await checkForm(file, '2026-12-03')).map((i) => i.code)).toEqual(['LETTER_NO_INVALID']);
    const ok = filled('transfer-order.html', {
      ctl00_ContentPlaceHolder1_txtLetterNo: 'ชย ๗๓๓๐๑/ว ๑๒๓',
      ctl00_ContentPlaceHolder1_txtLetterDate: '๐๑/๑๒/๒๕๖๙',
    });
    expect(await checkForm(ok)).toEqual([]);
  });

  it('ปลัด registry: numeric password of 6+ digits, confirmation must match', async () => {
    const short = filled('palad-register.html', { password: '12345', password2: '12345' });
    expect((await checkForm(short)).map((i) => i.code)).toEqual(['PASSWORD_RULE']);
    const mismatch = filled('palad-register.html', { password: '123456', password2: '123465' });
    expect((await checkForm(mismatch)).map((i) => i.code)).toEqual(['PASSWORD_MISMATCH']);
    expect(
      await checkForm(filled('palad-register.html', { password: '123456', password2: '123456' })),
    ).toEqual([]);
  });

  it('refuses a bad --today with the usage line', async () => {
    await expect(
      run(
        process.execPath,
        ['--import', 'tsx', 'tools/check-form/check-form-cli.ts', 'x.html', '--today', '2026-13-40'],
        { cwd: root },
      ),
    ).rejects.toMatchObject({ code: 2 });
  });
});
