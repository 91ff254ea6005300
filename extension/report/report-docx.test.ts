import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecklist } from '../../shared/readiness/checklist';
import { DEFAULT_READINESS_RULES } from '../../shared/readiness/default-rules';
import { samplePerson, sampleRegister } from '../../shared/readiness/sample-register';
import { reportDocxBytes } from './report-docx';
import { buildReportModel } from './report-model';

/** word/document.xml of a .docx, read with the system's unzip (the docx package cannot read files back) */
function documentXml(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-docx-'));
  try {
    const file = join(dir, 'report.docx');
    writeFileSync(file, bytes);
    return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** the document's text, runs joined per paragraph */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

describe('the editable .docx report', () => {
  it('holds the counts against the plan, the open items, the LPA score and signature lines, in TH SarabunPSK', async () => {
    const people = [...sampleRegister(9), samplePerson(10, { education: [] })];
    const plan = { 'civil-servant': 4, teacher: 2, 'mission-employee': 1 };
    const checklist = runChecklist({ people, rules: DEFAULT_READINESS_RULES, plan, today: '2026-07-20' });
    const model = buildReportModel(checklist, people, 'องค์การบริหารส่วนตำบลหนองแหย่ง');
    const xml = documentXml(await reportDocxBytes(model));
    const text = paragraphs(xml);
    // table cells are paragraphs: label, planned, recorded, gap, in LHR, complete, percent
    const row = (label: string) => text.slice(text.indexOf(label), text.indexOf(label) + 7);
    expect(row('ข้าราชการ/พนักงานส่วนท้องถิ่น')).toEqual([
      'ข้าราชการ/พนักงานส่วนท้องถิ่น',
      '4',
      '2',
      '-2',
      '2',
      '1',
      '50%',
    ]);
    expect(row('พนักงานจ้างตามภารกิจ')).toEqual(['พนักงานจ้างตามภารกิจ', '1', '2', '+1', '2', '2', '100%']);
    expect(row('รวม')).toEqual(['รวม', '7', '10', '+3', '10', '9', '90%']);
    expect(text).toContain('องค์การบริหารส่วนตำบลหนองแหย่ง · ข้อมูล ณ วันที่ 20 กรกฎาคม 2569 · ปีงบประมาณ 2569');
    expect(text.some((t) => t.includes('ทดสอบ10 ใจดี') && t.includes('ยังไม่มีรายการประวัติการศึกษา'))).toBe(true);
    expect(text.some((t) => t.includes('บันทึก 2 คน น้อยกว่าแผนอัตรากำลัง (4 คน)'))).toBe(true);
    expect(text.some((t) => t.includes('ได้ 0 คะแนน จาก 5 คะแนน'))).toBe(true);
    expect(text.some((t) => t.includes('31 กรกฎาคม 2569 (ประมาณการ) — เหลือ 11 วัน'))).toBe(true);
    expect(text.filter((t) => t.startsWith('ลงชื่อ'))).toHaveLength(3);
    expect(text).toContain('นายก');
    expect(xml).toContain('w:cs="TH SarabunPSK"');
    expect(xml).not.toContain(people[9]?.citizenId);
  });
});
