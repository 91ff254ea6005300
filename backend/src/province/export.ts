import * as XLSX from '@e965/xlsx';
import type { OrgSummary } from '../../../shared/protocol/province';
import { STAFF_TYPE_LABELS, StaffType } from '../../../shared/register/staff-type';

const STATUS_TH: Record<OrgSummary['status'], string> = {
  certified: 'รับรองระดับ อปท. แล้ว',
  'on-track': 'อยู่ระหว่างดำเนินการ',
  behind: 'ล่าช้า',
  'no-report': 'ยังไม่มีรายงาน',
};

/** One row per อปท., headers Thai (English); the same columns in CSV and .xlsx. */
export function exportRows(orgs: OrgSummary[]): (string | number | null)[][] {
  const types = StaffType.options;
  const header = [
    'รหัส อปท. (code)',
    'ชื่อ อปท. (name)',
    'ประเภท (type)',
    'อำเภอ (amphoe)',
    'เคลื่อนไหวล่าสุด (last activity)',
    ...types.flatMap((t) => [
      `${STAFF_TYPE_LABELS[t].th} บันทึก (recorded)`,
      `${STAFF_TYPE_LABELS[t].th} ตามแผน (planned)`,
    ]),
    'รวม (total)',
    'ครบถ้วน % (complete)',
    'รายการค้าง (open items)',
    'รับรองระดับ อปท. เมื่อ (certified at)',
    'ตามเกณฑ์ (rules)',
    'กำหนดเสร็จ (deadline)',
    'เหลือ (วัน) (days left)',
    'LPA 2.9',
    'สถานะ (status)',
  ];
  const body = orgs.map((o) => {
    const count = new Map(o.counts.map((c) => [c.staffType, c]));
    return [
      o.code,
      o.name,
      o.type,
      o.amphoeCode,
      o.lastActivity,
      ...types.flatMap((t) => [count.get(t)?.recorded ?? 0, count.get(t)?.planned ?? null]),
      o.peopleTotal,
      o.completeness === null ? null : Math.round(o.completeness * 1000) / 10,
      Object.entries(o.openItems)
        .map(([code, n]) => `${code}:${n}`)
        .join(' '),
      o.certifiedAt,
      o.certifiedRules,
      o.deadline,
      o.daysLeft,
      o.lpaProjection,
      STATUS_TH[o.status],
    ];
  });
  return [header, ...body];
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a BOM, so Excel shows Thai without an import dialog. */
export function toCsv(orgs: OrgSummary[]): Buffer {
  const text = exportRows(orgs)
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

export function toXlsx(orgs: OrgSummary[]): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(exportRows(orgs));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'อปท.');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
