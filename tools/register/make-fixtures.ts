// npm run -s register:fixtures — regenerates the messy staff-register spreadsheets in tests/fixtures/register/.
// They imitate what อปท. officers keep: title rows, merged two-row headers, Thai digits, several date styles in one
// column, blank and total rows, a sheet per ก.พ.7 section, CSV saved as TIS-620. Every person and ID is made up
// (citizen IDs carry valid or deliberately wrong check digits; none is a real person's).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { encodeTis620 } from '../../shared/thai/tis620';

const OUT = join(import.meta.dirname, '../../tests/fixtures/register');

type Cell = string | number | null | { serial: string } | { error: number };
const merge = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({
  s: { r: r1 - 1, c: c1 },
  e: { r: r2 - 1, c: c2 },
});

/** An Excel date cell (shown d/m/yyyy) for an ISO CE date. */
const serial = (iso: string): Cell => ({ serial: iso });

function sheet(rows: Cell[][], merges: XLSX.Range[] = []): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(
    rows.map((r) => r.map((c) => (c === null || typeof c === 'object' ? null : c))),
  );
  for (const [r, row] of rows.entries())
    for (const [c, cell] of row.entries())
      if (cell !== null && typeof cell === 'object' && 'error' in cell)
        ws[XLSX.utils.encode_cell({ r, c })] = { t: 'e', v: cell.error };
      else if (cell !== null && typeof cell === 'object') {
        const days = (Date.parse(`${cell.serial}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
        ws[XLSX.utils.encode_cell({ r, c })] = { t: 'n', v: days, z: 'd/m/yyyy' };
      }
  ws['!merges'] = merges;
  return ws;
}

function save(name: string, sheets: [string, XLSX.WorkSheet][]): void {
  const wb = XLSX.utils.book_new();
  for (const [sheetName, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, sheetName);
  // a fixed modification time keeps the committed bytes stable across regenerations
  wb.Props = { Title: name, CreatedDate: new Date(Date.UTC(2026, 0, 1)) };
  writeFileSync(
    join(OUT, name),
    new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true })),
  );
}

const A = '1101700207030';
const B = '3100600123450';
const C = '1509900012341';
const D = '3400101234563';
const E = '5200800456784';
const F = '6700200111119';
const G = '1100200333337';
const K = '2300400555551';
const M = '1400500777777';
const N = '1900100123457';

/** One sheet of people: title row, header in two merged rows, Thai digits, mixed dates, blank and total rows. */
function messyPeople(): void {
  const rows: Cell[][] = [
    ['ทะเบียนประวัติพนักงานส่วนตำบล องค์การบริหารส่วนตำบลตัวอย่าง'],
    [],
    [
      'ลำดับที่',
      'เลขประจำตัวประชาชน',
      'ชื่อ - สกุล',
      null,
      null,
      'วัน/เดือน/ปีเกิด',
      'ประเภทบุคลากร',
      'ตำแหน่ง',
      'เงินเดือน (บาท)',
      'วันบรรจุ',
    ],
    [null, null, 'คำนำหน้า', 'ชื่อ', 'นามสกุล'],
    ['๑', A, 'นาย', 'สมชาย', 'ใจดี', '15/01/2530', 'พนักงานส่วนตำบล', 'นักทรัพยากรบุคคล', '๑๕,๖๐๐', '1 ต.ค. 2555'],
    ['๒', B, 'นาง', 'สมศรี', 'มีสุข', serial('1965-03-02'), 'ครู', 'ครู', 28_000, serial('1990-05-16')],
    [
      '๓',
      `${C.slice(0, 1)}-${C.slice(1, 5)}-${C.slice(5, 10)}-${C.slice(10, 12)}-${C.slice(12)}`,
      'น.ส.',
      'สุดา',
      'ทองดี',
      '๑๕ ม.ค. ๒๕๓๒',
      'ลูกจ้างประจำ',
      'พนักงานขับรถยนต์',
      12_000,
      '01/10/2555',
    ],
    [
      '๔',
      D,
      'ว่าที่ ร.ต.',
      'ประยุทธ',
      'แสงทอง',
      '1990-06-30',
      'พนักงานจ้างตามภารกิจ',
      'ผู้ช่วยเจ้าพนักงานธุรการ',
      '๑๓,๒๘๕',
      '1 ตุลาคม 2563',
    ],
    [],
    ['๕', E, 'นาย', 'วิชัย', 'ศรีสุข', '31/02/2530', 'พนักงานจ้างทั่วไป', 'คนงาน', 9_000, ''],
    ['๖', F, 'นาง', 'มาลี', 'พรมมา', '15/01/30', 'พนักงานเทศบาล', 'นักวิชาการเงินและบัญชี', 20_000, '16 พ.ค. 2550'],
    ['๗', G, 'น.ส.', 'อรทัย', 'แพงษา', '2 มีนาคม 2535', 'ข้าราชการ', 'นิติกร', 'สิบห้าพัน', '1/4/2560'],
    ['๘', '1101700230705', 'นาย', 'ชูชาติ', 'ดีมาก', '01/01/2520', 'ข้าราชการ', 'ปลัด อบต.', 50_000, ''],
    ['๙', '110170020703', 'นาย', 'สมบัติ', 'ขาดหลัก', '01/01/2521', 'ข้าราชการ', 'รองปลัด อบต.', 45_000, ''],
    ['๑๐', A, 'นาย', 'สมชาย', 'ใจดี', '15/01/2530', 'พนักงานส่วนตำบล', 'นักทรัพยากรบุคคล', 15_600, ''],
    ['๑๑', K, 'นาย', 'มานะ', 'ขยัน', '10/10/2525', 'ลูกจ้าง', 'คนงาน', 9_000, ''],
    ['๑๒', '', 'นาง', 'ไม่มี', 'เลขบัตร', '10/10/2526', 'ข้าราชการ', 'นักพัฒนาชุมชน', 18_000, ''],
    ['๑๓', M, 'นาย', 'ไร้', 'ประเภท', '10/10/2527', '', 'คนสวน', 9_000, ''],
    [],
    // the header repeated on the next printed page, then a row whose position is a broken VLOOKUP
    [
      'ลำดับที่',
      'เลขประจำตัวประชาชน',
      'คำนำหน้า',
      'ชื่อ',
      'นามสกุล',
      'วัน/เดือน/ปีเกิด',
      'ประเภทบุคลากร',
      'ตำแหน่ง',
      'เงินเดือน (บาท)',
      'วันบรรจุ',
    ],
    ['๑๔', N, 'นาย', 'สูตร', 'ผิดพลาด', '1 ม.ค. 2540', 'พนักงานจ้างทั่วไป', { error: 0x2a }, 9_400, ''],
    [],
    ['รวมทั้งสิ้น ๑๔ ราย', null, null, null, null, null, null, null, 263_285],
  ];
  const vertical = [0, 1, 5, 6, 7, 8, 9].map((c) => merge(3, c, 4, c));
  save('messy-people.xlsx', [
    ['ทะเบียนประวัติ', sheet(rows, [merge(1, 0, 1, 9), merge(3, 2, 3, 4), ...vertical, merge(23, 0, 23, 7)])],
  ]);
}

/** People on one sheet, each ก.พ.7 section on its own sheet joined by citizen ID. */
function sections(): void {
  const people: Cell[][] = [
    ['เลขประจำตัวประชาชน', 'คำนำหน้าชื่อ', 'ชื่อ', 'ชื่อสกุล', 'วันเกิด', 'ประเภท'],
    [A, 'นาย', 'สมชาย', 'ใจดี', '15/01/2530', 'พนักงานส่วนตำบล'],
    [B, 'นาง', 'สมศรี', 'มีสุข', '02/03/2508', 'ครู'],
    [K, 'นาย', 'มานะ', 'ขยัน', '10/10/2525', 'อาสาสมัคร'],
  ];
  const education: Cell[][] = [
    ['เลขบัตรประชาชน', 'ชื่อ-สกุล', 'สถานศึกษา', 'วุฒิที่ได้รับ', 'สาขาวิชา', 'ตั้งแต่', 'ถึง'],
    [A, 'นายสมชาย ใจดี', 'มหาวิทยาลัยขอนแก่น', 'ปริญญาตรี', 'รัฐศาสตร์', 'มิ.ย. 2548', 'มี.ค. 2552'],
    [A, 'นายสมชาย ใจดี', 'มหาวิทยาลัยรามคำแหง', 'ปริญญาโท', 'รัฐประศาสนศาสตร์', '2556', '๒๕๕๘'],
    [B, 'นางสมศรี มีสุข', 'วิทยาลัยครูมหาสารคาม', 'ครุศาสตรบัณฑิต', 'ภาษาไทย', '2526', '2530'],
    [D, 'ว่าที่ร.ต.ประยุทธ แสงทอง', 'มหาวิทยาลัยนครพนม', 'ปริญญาตรี', 'การจัดการ', '2551', '2555'],
    [K, 'นายมานะ ขยัน', 'โรงเรียนบ้านตัวอย่าง', 'มัธยมศึกษาตอนปลาย', '', '2538', '2541'],
  ];
  const positions: Cell[][] = [
    ['ประวัติการรับราชการ (ตำแหน่งและอัตราเงินเดือน)'],
    ['เลขประจำตัวประชาชน', 'วัน เดือน ปี', 'ตำแหน่ง', 'เลขที่ตำแหน่ง', 'ระดับ', 'อัตราเงินเดือน', 'เอกสารอ้างอิง'],
    [
      A,
      '1 ต.ค. 2555',
      'นักทรัพยากรบุคคล',
      '12-3-01-3102-001',
      'ปฏิบัติการ',
      '๑๕,๐๖๐',
      'คำสั่ง อบต.ตัวอย่าง ที่ 123/2555',
    ],
    [null, '01/04/2556', 'นักทรัพยากรบุคคล', '12-3-01-3102-001', 'ปฏิบัติการ', 15_600, 'คำสั่งที่ 45/2556'],
    [null, serial('2013-10-01'), 'นักทรัพยากรบุคคล', '12-3-01-3102-001', 'ปฏิบัติการ', 16_190, 'คำสั่งที่ 201/2556'],
    [B, '16/05/2533', 'ครูผู้ช่วย', '', '', 'ห้าพัน', ''],
    [],
    ['รวม', null, null, null, null, 46_850],
  ];
  const leave: Cell[][] = [
    ['ปีงบประมาณ', 'เลขประจำตัวประชาชน', 'ลาป่วย', 'ลากิจ/พักผ่อน', 'สาย', 'ขาดราชการ', 'ลาศึกษาต่อ'],
    ['๒๕๖๖', A, 3, 1.5, 0, 0, '-'],
    ['', A, 2, 0, 0, 0, 0],
    [2023, B, '๕', 10, 2, 0, 0],
  ];
  const decorations: Cell[][] = [
    ['เลขประจำตัวประชาชน', 'เครื่องราชอิสริยาภรณ์', 'วันที่ได้รับพระราชทาน', 'เล่มที่', 'ตอนที่', 'หน้าที่'],
    [A, 'ต.ม.', '5 ธันวาคม 2560', '134', '21ข', '1'],
    [B, 'ท.ช.', '28 ก.ค. 2562', '136', '13ข', '5'],
  ];
  const notes: Cell[][] = [['คำอธิบาย: กรอกข้อมูลตามหัวตารางในแต่ละแผ่นงาน']];
  save('sections.xlsx', [
    ['บุคลากร', sheet(people)],
    ['การศึกษา', sheet(education)],
    [
      '๑๓ . ตำแหน่งและอัตราเงินเดือน',
      sheet(positions, [merge(1, 0, 1, 6), merge(3, 0, 5, 0), merge(8, 0, 8, 4)]),
    ],
    ['วันลา', sheet(leave)],
    ['เครื่องราชฯ', sheet(decorations)],
    ['คำอธิบาย', sheet(notes)],
  ]);
}

/** A workbook with one people sheet per staff type and no staff-type column. */
function sheetPerStaffType(): void {
  const header: Cell[] = ['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล'];
  save('sheet-per-staff-type.xlsx', [
    ['พนักงานส่วนตำบล', sheet([header, [A, 'นาย', 'สมชาย', 'ใจดี'], [G, 'นางสาว', 'อรทัย', 'แพงษา']])],
    ['ลูกจ้างประจำ', sheet([header, [C, 'นางสาว', 'สุดา', 'ทองดี']])],
    ['พนักงานจ้างทั่วไป', sheet([header, [E, 'นาย', 'วิชัย', 'ศรีสุข']])],
  ]);
}

/** The same CSV saved as UTF-8 with BOM (today's Excel) and as TIS-620 (older Thai Excel). */
function csv(): void {
  const text = [
    'ที่,เลขประจำตัวประชาชน,ชื่อ-สกุล,วันเดือนปีเกิด,ประเภทบุคลากร,เงินเดือน',
    `1,${A.replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5')},นายสมชาย ใจดี,15 มกราคม 2530,พนักงานส่วนตำบล,"12,470"`,
    `2,${B},นางสาวิตรี มีสุข,๐๒/๐๓/๒๕๐๘,ครู,15000`,
    `3,${C},ว่าที่ ร.ต.หญิง สุดา ทองดี,1989-01-15,ลูกจ้างประจำ,`,
    `4,${D},น.ส. อรทัย แพงษา,15/01/30,ทั่วไป,`,
    `5,${E},นายวิชัย ศรีสุข,01/13/2530,ภารกิจ,abc`,
    '',
  ].join('\r\n');
  writeFileSync(join(OUT, 'people-utf8-bom.csv'), `\ufeff${text}`);
  writeFileSync(join(OUT, 'people-tis620.csv'), encodeTis620(text));
}

mkdirSync(OUT, { recursive: true });
messyPeople();
sections();
sheetPerStaffType();
csv();
process.stdout.write(`fixtures written to ${OUT}\n`);
