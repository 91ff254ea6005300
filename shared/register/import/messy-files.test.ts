import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { importWorkbook } from './import-workbook';

// The fixtures are written by `npm run -s register:fixtures` (tools/register/make-fixtures.ts); every ID is made up.
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../tests/fixtures/register', name));
const run = (name: string) => importWorkbook(fixture(name), { importedAt: '2026-01-01T00:00:00.000Z' });
const p = (sheet: string, row: number, column: string, code: string) => ({ sheet, row, column, code });

describe('one messy sheet of people (title row, merged two-row header, Thai digits, mixed dates, blank and total rows)', () => {
  it('imports every good row and reports every bad one with its code', async () => {
    const result = await run('messy-people.xlsx');
    const s = 'ทะเบียนประวัติ';
    expect(result.problems).toEqual([
      p(s, 10, 'วัน/เดือน/ปีเกิด', 'DATE_INVALID'),
      p(s, 11, 'วัน/เดือน/ปีเกิด', 'DATE_AMBIGUOUS'),
      p(s, 12, 'เงินเดือน (บาท)', 'NUMBER_INVALID'),
      p(s, 13, 'เลขประจำตัวประชาชน', 'CITIZEN_ID_CHECKSUM'),
      p(s, 14, 'เลขประจำตัวประชาชน', 'CITIZEN_ID_FORMAT'),
      p(s, 15, 'เลขประจำตัวประชาชน', 'DUPLICATE_CITIZEN_ID'),
      p(s, 16, 'ประเภทบุคลากร', 'STAFF_TYPE_UNKNOWN'),
      p(s, 17, 'เลขประจำตัวประชาชน', 'REQUIRED_EMPTY'),
      p(s, 18, 'ประเภทบุคลากร', 'REQUIRED_EMPTY'),
      p(s, 21, 'ตำแหน่ง', 'CELL_ERROR'),
    ]);
    // rows 5–8, 10–12 and 21 are people; cell problems (10–12, 21) keep the row and leave only that field empty;
    // row 20 repeats the header (a second printed page) and is skipped like the blank rows and the total row
    expect(result.people.map((x) => [x.citizenId, x.staffType])).toEqual([
      ['1101700207030', 'civil-servant'],
      ['3100600123450', 'teacher'],
      ['1509900012341', 'permanent-employee'],
      ['3400101234563', 'mission-employee'],
      ['5200800456784', 'general-employee'],
      ['6700200111119', 'civil-servant'],
      ['1100200333337', 'civil-servant'],
      ['1900100123457', 'general-employee'],
    ]);
    expect(result.people.at(-1)?.appointment.positionTitle).toBe('');
  });

  it('reads two date styles in one column, Thai digits, Excel serials and CE years', async () => {
    const { people } = await run('messy-people.xlsx');
    const byId = new Map(people.map((x) => [x.citizenId, x]));
    expect(byId.get('1101700207030')?.birthDate).toEqual({ year: 2530, month: 1, day: 15 }); // 15/01/2530
    expect(byId.get('3100600123450')?.birthDate).toEqual({ year: 2508, month: 3, day: 2 }); // Excel date serial
    expect(byId.get('1509900012341')?.birthDate).toEqual({ year: 2532, month: 1, day: 15 }); // ๑๕ ม.ค. ๒๕๓๒
    expect(byId.get('3400101234563')?.birthDate).toEqual({ year: 2533, month: 6, day: 30 }); // 1990-06-30 (CE)
    expect(byId.get('5200800456784')?.birthDate).toBeNull(); // 31/02/2530 reported
    expect(byId.get('1100200333337')?.appointment.appointDate).toEqual({ year: 2560, month: 4, day: 1 }); // 1/4/2560
    expect(byId.get('1101700207030')?.appointment.salary).toBe(15_600); // ๑๕,๖๐๐
    expect(byId.get('1100200333337')?.appointment.salary).toBeNull(); // "สิบห้าพัน" reported
  });

  it('splits the merged ชื่อ - สกุล group and normalises titles', async () => {
    const { people } = await run('messy-people.xlsx');
    expect(people[0]?.name.th).toEqual({ title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' });
    expect(people[2]?.name.th.title).toBe('นางสาว'); // น.ส.
    expect(people[3]?.name.th.title).toBe('ว่าที่ร้อยตรี'); // ว่าที่ ร.ต.
    expect(people[0]?.provenance).toEqual({
      updatedAt: '2026-01-01T00:00:00.000Z',
      sections: { name: 'import', birthDate: 'import', appointment: 'import', staffType: 'import' },
      listedInLhrAt: '',
    });
  });

  it('reports progress from 0 to the number of data rows', async () => {
    const calls: [number, number][] = [];
    await importWorkbook(fixture('messy-people.xlsx'), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls[0]).toEqual([0, 19]);
    expect(calls.at(-1)).toEqual([19, 19]);
  });
});

describe('a sheet per ก.พ.7 section joined by citizen ID', () => {
  it('joins section rows to people and reports unknown and rejected people', async () => {
    const result = await run('sections.xlsx');
    expect(result.problems).toEqual([
      p('บุคลากร', 4, 'ประเภท', 'STAFF_TYPE_UNKNOWN'),
      p('การศึกษา', 5, 'เลขบัตรประชาชน', 'UNKNOWN_PERSON'),
      p('การศึกษา', 6, 'เลขบัตรประชาชน', 'PERSON_REJECTED'),
      p('๑๓ . ตำแหน่งและอัตราเงินเดือน', 6, 'อัตราเงินเดือน', 'NUMBER_INVALID'),
      p('วันลา', 3, 'ปีงบประมาณ', 'REQUIRED_EMPTY'),
      p('คำอธิบาย', 1, '', 'HEADER_NOT_FOUND'),
    ]);
    expect(result.sheets.map((s) => [s.sheet, s.kind, s.headerRow])).toEqual([
      ['บุคลากร', 'people', 1],
      ['การศึกษา', 'education', 1],
      ['๑๓ . ตำแหน่งและอัตราเงินเดือน', 'positions', 2],
      ['วันลา', 'leave', 1],
      ['เครื่องราชฯ', 'decorations', 1],
      ['คำอธิบาย', 'people', 0],
    ]);
    const [a, b] = result.people;
    expect(result.people).toHaveLength(2);
    expect(a?.education.map((e) => [e.degree, e.from, e.to])).toEqual([
      ['ปริญญาตรี', { year: 2548, month: 6, day: null }, { year: 2552, month: 3, day: null }],
      ['ปริญญาโท', { year: 2556, month: null, day: null }, { year: 2558, month: null, day: null }],
    ]);
    // the citizen ID is merged down A's three salary rows; the total row below them is skipped
    expect(a?.positions.map((x) => [x.date, x.salary])).toEqual([
      [{ year: 2555, month: 10, day: 1 }, 15_060],
      [{ year: 2556, month: 4, day: 1 }, 15_600],
      [{ year: 2556, month: 10, day: 1 }, 16_190],
    ]);
    expect(b?.positions).toEqual([
      expect.objectContaining({
        positionTitle: 'ครูผู้ช่วย',
        salary: null,
        date: { year: 2533, month: 5, day: 16 },
      }),
    ]);
    expect(a?.leave).toEqual([
      { fiscalYear: 2566, sick: 3, personalAndVacation: 1.5, late: 0, absent: 0, studyLeave: null },
    ]);
    expect(b?.leave).toEqual([
      { fiscalYear: 2566, sick: 5, personalAndVacation: 10, late: 2, absent: 0, studyLeave: 0 },
    ]);
    expect(b?.decorations[0]).toMatchObject({ decoration: 'ท.ช.', date: { year: 2562, month: 7, day: 28 } });
    expect(a?.provenance.sections).toMatchObject({
      education: 'import',
      positions: 'import',
      leave: 'import',
    });
  });
});

describe('CSV files and sheet names', () => {
  it('reads the same CSV saved as UTF-8 with BOM and as TIS-620', async () => {
    const utf8 = await run('people-utf8-bom.csv');
    const tis = await run('people-tis620.csv');
    expect(tis).toEqual(utf8);
    expect(utf8.problems).toEqual([
      p('Sheet1', 5, 'วันเดือนปีเกิด', 'DATE_AMBIGUOUS'),
      p('Sheet1', 6, 'วันเดือนปีเกิด', 'DATE_INVALID'),
      p('Sheet1', 6, 'เงินเดือน', 'NUMBER_INVALID'),
    ]);
    expect(utf8.people.map((x) => [x.citizenId, x.name.th.title, x.name.th.first, x.name.th.last])).toEqual([
      ['1101700207030', 'นาย', 'สมชาย', 'ใจดี'],
      ['3100600123450', 'นาง', 'สาวิตรี', 'มีสุข'],
      ['1509900012341', 'ว่าที่ร้อยตรีหญิง', 'สุดา', 'ทองดี'],
      ['3400101234563', 'นางสาว', 'อรทัย', 'แพงษา'],
      ['5200800456784', 'นาย', 'วิชัย', 'ศรีสุข'],
    ]);
    expect(utf8.people[0]?.appointment.salary).toBe(12_470);
  });

  it('takes the staff type from a people sheet named after it', async () => {
    const { people, problems } = await run('sheet-per-staff-type.xlsx');
    expect(problems).toEqual([]);
    expect(people.map((x) => x.staffType)).toEqual([
      'civil-servant',
      'civil-servant',
      'permanent-employee',
      'general-employee',
    ]);
  });

  it('refuses a broken file with FILE_UNREADABLE', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(importWorkbook(broken)).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === 'FILE_UNREADABLE',
    );
  });
});

describe('names in one column', () => {
  it('splits a whole name typed into a ชื่อ column when the sheet has no surname column', async () => {
    const csv = 'เลขประจำตัวประชาชน,ชื่อ,ประเภท\n1101700207030,นายสมชาย  ใจดี,ครู\n3100600123450,น.ส.สมศรี,ครู\n';
    const { people, problems } = await importWorkbook(new TextEncoder().encode(csv));
    expect(problems).toEqual([]);
    expect(people.map((x) => x.name.th)).toEqual([
      { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
      { title: 'นางสาว', first: 'สมศรี', middle: '', last: '' },
    ]);
  });
});

describe('template rows', () => {
  it('skips pre-numbered rows and rows holding only a computed column we do not import', async () => {
    const csv =
      'ลำดับ,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ประเภท,อายุ\n1,1101700207030,สมชาย,ใจดี,ครู,38\n2,,,,,0\n3,,,,,\n';
    const { people, problems } = await importWorkbook(new TextEncoder().encode(csv));
    expect(problems).toEqual([]);
    expect(people).toHaveLength(1);
  });

  it('reports a required cell once, whatever is wrong with it', async () => {
    const csv = 'เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ประเภท\n1101700207030,,ใจดี,ลูกจ้าง\n';
    const { problems } = await importWorkbook(new TextEncoder().encode(csv));
    expect(problems).toEqual([
      { sheet: 'Sheet1', row: 2, column: 'ชื่อ', code: 'REQUIRED_EMPTY' },
      { sheet: 'Sheet1', row: 2, column: 'ประเภท', code: 'STAFF_TYPE_UNKNOWN' },
    ]);
  });
});
