import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTis620 } from '../../shared/thai/tis620';
import { DetectionBrowser } from '../../tools/detect/detect-in-chromium';

// Odd pages an outside evaluator may hand to `npm run -s detect`: none of them may fail.
const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
const FORM = '<form><table><tr><td>ชื่อ</td><td><input name="a"></td></tr></table></form>';

let browser: DetectionBrowser;
beforeAll(async () => {
  // a short load timeout so the hanging-script page falls back quickly
  browser = await DetectionBrowser.start(undefined, 3000);
});
afterAll(() => browser?.close());

const types = async (html: string) => (await browser.detect(html)).map((f) => f.type);

async function cli(bytes: Uint8Array | string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, bytes);
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'tools/detect/detect-cli.ts', file],
      {
        cwd: root,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('detection on odd pages (in Chromium)', () => {
  it('a frameset or a page without a form has no controls, and says so', async () => {
    expect(
      await types('<frameset cols="20%,80%"><frame src="menu.html"><frame src="form.html"></frameset>'),
    ).toEqual([]);
    expect(await types('<html><body><p>ไม่มีแบบฟอร์ม</p></body></html>')).toEqual([]);
  });

  it('broken markup (unclosed cells, a select cut off at the end) is read as the browser repairs it', async () => {
    expect(
      await types(
        '<table><tr><td>ชื่อ<td><input name=f><tr><td>นามสกุล<td><input name=l></table><form><select name=x><option>นาย<option>นางสาว</select',
      ),
    ).toEqual(['firstName', 'lastName', 'title']);
  });

  it('a meta refresh, a script that navigates away or hangs: the markup is read with scripts off', async () => {
    const refresh = `<html><head><meta http-equiv="refresh" content="0;url=https://other.invalid/"></head><body>${FORM}</body></html>`;
    expect(await types(refresh)).toEqual(['firstName']);
    expect(
      await types(`<body>${FORM}<script>location.href = "https://other.invalid/";</script></body>`),
    ).toEqual(['firstName']);
    expect(await types(`<body>${FORM}<script>while (true) {}</script></body>`)).toEqual(['firstName']);
    // and the browser still works for the next page
    expect(await types(`<body>${FORM}</body>`)).toEqual(['firstName']);
  });

  it('a page whose scripts throw or alert is still read', async () => {
    expect(
      await types(`<body>${FORM}<script>throw new Error("x")</script><script>alert(1)</script></body>`),
    ).toEqual(['firstName']);
  });

  it('a huge page (3000 controls) is read in one go', async () => {
    let rows = '';
    for (let i = 0; i < 3000; i++) rows += `<tr><td>หมายเหตุ ${i}</td><td><input name="n${i}"></td></tr>`;
    expect(await types(`<form><table>${rows}</table></form>`)).toHaveLength(3000);
  });
});

describe('npm run -s detect (the CLI)', () => {
  it('reads a TIS-620 page by its meta charset and prints the Thai labels’ types', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874"></head><body>${FORM}</body></html>`;
    const out = await cli(encodeTis620(html));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).fields.map((f: { type: string }) => f.type)).toEqual(['firstName']);
  });

  it('a file that is not HTML: a message on stderr and exit 1', async () => {
    const out = await cli('plain words, no markup');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('not an HTML page');
    expect(out.stdout).toBe('');
  });
});
