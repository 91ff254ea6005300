import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../extension/report/report-html';
import { buildReportModel } from '../../extension/report/report-model';
import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { samplePerson, sampleRegister } from '../../shared/readiness/sample-register';
import { nodeReportFonts } from '../../tools/readiness/node-fonts';
import { pdfPages } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('the printed readiness report (PDF from Chromium print)', () => {
  it('is one A4 page in the bundled Sarabun with the counts against the plan, the deadline, LPA 2.9 and three signature lines', async () => {
    const people = [...sampleRegister(9), samplePerson(10, { education: [] })];
    const plan = { 'civil-servant': 4, teacher: 2, 'mission-employee': 1 };
    const checklist = runChecklist({ people, rules: DEFAULT_READINESS_RULES, plan, today: '2026-07-20' });
    const model = buildReportModel(checklist, people, 'องค์การบริหารส่วนตำบลหนองแหย่ง');

    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.setContent(renderReportHtml(model, nodeReportFonts()), { waitUntil: 'load' });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family}:${f.weight}`);
    });
    expect(requests).toEqual([]);
    expect(fonts).toEqual(expect.arrayContaining(['Sarabun:400', 'Sarabun:700']));

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const raw = Buffer.from(pdf).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw);
    expect(Number(box?.[1])).toBeCloseTo(595.28, -0.5);
    expect(Number(box?.[2])).toBeCloseTo(841.89, -0.5);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Sarabun-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Sarabun-Bold/);

    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    // Skia maps some shaped Thai glyphs (upper vowels and tone marks moved for tall letters) to no character, and
    // ำ comes out as ํา; the checks below use words and numbers that survive
    const text = (pages[0] ?? '').replaceAll('\u0000', '').replaceAll('ํา', 'ำ');
    const cellsAfter = (label: string, n: number) =>
      text
        .slice(text.indexOf(label) + label.length)
        .trim()
        .split(' ')
        .slice(0, n);
    // planned, recorded, gap, in LHR, complete, percent
    expect(cellsAfter('ส่วนท้องถิน', 6)).toEqual(['4', '2', '-2', '2', '1', '50%']);
    expect(cellsAfter('พนักงานจ้างตามภารกิจ', 6)).toEqual(['1', '2', '+1', '2', '2', '100%']);
    expect(cellsAfter('รวม', 6)).toEqual(['7', '10', '+3', '10', '9', '90%']);
    expect(text).toContain('งบประมาณ 2569');
    expect(text).toContain('เหลือ 11 วัน');
    expect(text).toContain('ได้ 0 คะแนน จาก 5 คะแนน');
    expect(text.replaceAll(' ', '')).toContain(
      'นางทดสอบ10ใจดี(ข้าราชการ/พนักงานส่วนท้องถิน):ยังไม่มีรายการประวัติการศึกษา',
    );
    expect(text.match(/ลงชื/g)).toHaveLength(3);
    for (const role of ['นักทรัพยากรบุคคล', 'ปลัด', 'นายก']) expect(text).toContain(role);
    expect(text).not.toContain(people[9]?.citizenId);
    await page.close();
  });

  it('prints from a hidden frame only once the Sarabun faces have loaded (printReportHtml)', async () => {
    const people = sampleRegister(5);
    const model = buildReportModel(
      runChecklist({ people, rules: DEFAULT_READINESS_RULES, today: '2026-07-20' }),
      people,
      'อบต.ทดสอบ',
    );
    const html = renderReportHtml(model, nodeReportFonts());
    const bundle = await build({
      stdin: {
        contents:
          "import { printReportHtml } from './extension/report/print-report'; globalThis.printReportHtml = printReportHtml;",
        resolveDir: join(import.meta.dirname, '../..'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
    });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const printed = await page.evaluate(async (reportHtml) => {
      const seen: { fontsLoaded: string[]; text: string }[] = [];
      // the frame's own print() is replaced in a load listener registered after printReportHtml's own, which runs
      // before the continuation that calls print()
      new MutationObserver((records) => {
        for (const r of records) {
          for (const node of r.addedNodes) {
            if (!(node instanceof HTMLIFrameElement)) continue;
            node.addEventListener('load', () => {
              const win = node.contentWindow as Window;
              win.print = () => {
                seen.push({
                  fontsLoaded: [...win.document.fonts]
                    .filter((f) => f.status === 'loaded')
                    .map((f) => f.family),
                  text: win.document.body.innerText,
                });
              };
            });
          }
        }
      }).observe(document.body, { childList: true });
      await (globalThis as unknown as { printReportHtml: (h: string) => Promise<void> }).printReportHtml(
        reportHtml,
      );
      return { seen, framesLeft: document.querySelectorAll('iframe').length };
    }, html);
    expect(printed.seen).toHaveLength(1);
    expect(printed.seen[0]?.fontsLoaded.length).toBeGreaterThanOrEqual(2);
    expect(printed.seen[0]?.text).toContain('ข้อมูลพร้อมรับรอง');
    expect(printed.framesLeft).toBe(0);
    await page.close();
  });
});
