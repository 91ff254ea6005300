import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel, ReportRow } from './report-model';

/**
 * The same report as an editable Word file, for the officer to adjust wording before it goes to the นายก. Thai
 * official documents use TH SarabunPSK 16 pt, which Thai government PCs have; Word substitutes where it is missing.
 * Runs in the browser (Blob) and in Node (bytes) — `docx` needs neither a DOM nor the file system.
 */
const FONT = 'TH SarabunPSK';
const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const PT16 = 32; // half-points

const run = (text: string, bold = false) =>
  new TextRun({ text, bold, boldComplexScript: bold, font, size: PT16, sizeComplexScript: PT16 });
const para = (text: string, opts: { bold?: boolean; center?: boolean; right?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [run(text, opts.bold)],
  });

const num = (n: number | null) => (n === null ? '–' : n.toLocaleString('th-TH'));
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
const tcell = (text: string, bold = false, right = true) =>
  new TableCell({ borders, children: [para(text, { bold, right })] });

function countRow(r: ReportRow, bold = false): TableRow {
  const gap =
    r.planned === null
      ? '–'
      : r.recorded - r.planned > 0
        ? `+${r.recorded - r.planned}`
        : String(r.recorded - r.planned);
  return new TableRow({
    children: [
      tcell(r.label, bold, false),
      tcell(num(r.planned), bold),
      tcell(num(r.recorded), bold),
      tcell(gap, bold),
      tcell(num(r.inLhrList), bold),
      tcell(num(r.complete), bold),
      tcell(r.percent === null ? '–' : `${r.percent}%`, bold),
    ],
  });
}

const HEAD = [
  'ประเภทบุคลากร',
  'ตามแผนอัตรากำลัง',
  'บันทึกแล้ว',
  'ต่าง (+/−)',
  'อยู่ในระบบ LHR',
  'ข้อมูลครบถ้วน',
  'ร้อยละครบถ้วน',
];

export function reportDocx(model: ReportModel): Document {
  const d = model.deadline;
  const items = [
    ...model.officeItems,
    ...model.people.map((p) => `${p.name} (${p.type}): ${p.items.join(' · ')}`),
  ];
  const signature = (title: string) => [
    para(''),
    para('ลงชื่อ ......................................................', { center: true }),
    para('( ...................................................... )', { center: true }),
    para(title, { center: true }),
  ];
  return new Document({
    creator: 'LHR Assist',
    title: `รายงานความพร้อม ก.พ.7 ${model.orgName}`,
    sections: [
      {
        // A4, margins 3 cm left and 2 cm elsewhere (in twips)
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, right: 1134, bottom: 1134, left: 1701 },
          },
        },
        children: [
          para('รายงานความพร้อมการรับรองข้อมูลทะเบียนประวัติ (ก.พ.7) ในระบบ LHR', { bold: true, center: true }),
          para(`${model.orgName} · ข้อมูล ณ วันที่ ${model.dateText} · ปีงบประมาณ ${model.fiscalYear}`, {
            center: true,
          }),
          para('1. จำนวนบุคลากรเทียบกับแผนอัตรากำลังสามปีและระบบ LHR', { bold: true }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: HEAD.map((h) => tcell(h, true, false)) }),
              ...model.rows.map((r) => countRow(r)),
              countRow(model.total, true),
            ],
          }),
          para('2. กำหนดเวลาและผลตัวชี้วัด LPA 2.9', { bold: true }),
          para(
            d
              ? `กำหนดรับรองข้อมูลระดับ อปท. ภายใน ${d.dateText}${d.estimated ? ' (ประมาณการ)' : ''} — เหลือ ${d.daysLeft} วัน (ที่มา: ${d.source})`
              : 'ยังไม่มีกำหนดรับรองข้อมูลที่แจ้งไว้',
          ),
          para(
            `หากประเมินวันนี้ ตัวชี้วัดที่ 2.9 (การบันทึกข้อมูลทะเบียนประวัติ ก.พ.7) ได้ ${model.lpaScore} คะแนน จาก 5 คะแนน`,
          ),
          para('3. รายการที่ยังต้องแก้ไข', { bold: true }),
          ...(items.length === 0
            ? [para('ไม่มีรายการค้าง ข้อมูลพร้อมรับรอง')]
            : items.map((t, i) => para(`${i + 1}. ${t}`))),
          ...signature('ผู้จัดทำ (นักทรัพยากรบุคคล)'),
          ...signature('ปลัด'),
          ...signature('นายก'),
          para(`จัดทำโดย LHR Assist · เกณฑ์ตรวจสอบฉบับ ${model.rulesVersion}`, { right: true }),
        ],
      },
    ],
  });
}

/** The .docx bytes (Node: write them; browser: wrap in a Blob for a download link). */
export async function reportDocxBytes(model: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocx(model)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
