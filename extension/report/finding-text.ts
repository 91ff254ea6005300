import type { Finding } from '../../shared/readiness/finding';
import { REQUIRED_FIELDS } from '../../shared/readiness/required-fields';
import { HISTORY_SECTION_LABELS } from '../../shared/register/history-sections';
import { STAFF_TYPE_LABELS } from '../../shared/register/staff-type';
import { formatThaiDate } from '../../shared/thai/thai-date-format';

export type ReportLang = 'th' | 'en';

/** One finding as a sentence for the panel, the printed report and the .docx (Thai first, English fallback). */
export function findingText(f: Finding, lang: ReportLang = 'th'): string {
  const th = lang === 'th';
  const type = f.staffType ? STAFF_TYPE_LABELS[f.staffType][lang] : '';
  switch (f.code) {
    case 'REQUIRED_EMPTY': {
      const label = f.field ? REQUIRED_FIELDS[f.field][lang] : '';
      return th ? `ยังไม่ได้กรอก ${label}` : `${label} is empty`;
    }
    case 'MISSING_SECTION': {
      const label = f.section ? HISTORY_SECTION_LABELS[f.section][lang] : '';
      return th ? `ยังไม่มีรายการ${label}` : `No ${label} rows`;
    }
    case 'CITIZEN_ID_CHECKSUM':
      return th ? 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง)' : 'Citizen ID check digit is wrong';
    case 'DUPLICATE_CITIZEN_ID':
      return th
        ? `เลขประจำตัวประชาชนซ้ำกัน ${f.recorded ?? 2} รายการ`
        : `Citizen ID entered ${f.recorded ?? 2} times`;
    case 'RETIREMENT_PASSED': {
      const when = f.date ? thaiDay(f.date) : '';
      return th
        ? `ครบเกษียณอายุแล้ว (${when}) แต่สถานะยังปฏิบัติราชการ`
        : `Retired on ${f.date ?? ''} but still active`;
    }
    case 'COUNT_BELOW_PLAN':
      return th
        ? `${type}: บันทึก ${f.recorded} คน น้อยกว่าแผนอัตรากำลัง (${f.planned} คน)`
        : `${type}: ${f.recorded} recorded, fewer than the ${f.planned} planned`;
    case 'COUNT_ABOVE_PLAN':
      return th
        ? `${type}: บันทึก ${f.recorded} คน มากกว่าแผนอัตรากำลัง (${f.planned} คน)`
        : `${type}: ${f.recorded} recorded, more than the ${f.planned} planned`;
    case 'DATE_ORDER':
      return th
        ? `ตำแหน่งและอัตราเงินเดือน แถวที่ ${(f.row ?? 0) + 1} ลงวันที่ก่อนแถวก่อนหน้า`
        : `Positions and salary: row ${(f.row ?? 0) + 1} is dated before the row above`;
    case 'SALARY_YEAR_MISSING': {
      const years = yearList(f.fiscalYears ?? []);
      return th ? `ไม่มีรายการเงินเดือนของปีงบประมาณ ${years}` : `No salary row for fiscal year(s) ${years}`;
    }
    case 'NOT_IN_LHR_LIST':
      return th ? 'ไม่พบในรายชื่อบุคลากรของระบบ LHR' : 'Not on the LHR staff list';
    case 'START_BEFORE_18':
      return th ? 'วันเริ่มปฏิบัติราชการก่อนอายุครบ 18 ปี' : 'Service starts before the 18th birthday';
    case 'RETIREMENT_DATE_WRONG':
      return th ? 'วันครบเกษียณอายุไม่ตรงกับที่คำนวณได้' : 'Retirement date differs from the computed one';
  }
}

/** `2026-07-31` → `31 ก.ค. 2569` */
export function thaiDay(iso: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return formatThaiDate({ year: (y ?? 0) + 543, month: m ?? null, day: d ?? null }, style) ?? iso;
}

/** Long runs of missing years read better as ranges: 2550–2555, 2560 */
function yearList(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
    parts.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return parts.join(', ');
}
