import { STAFF_TYPE_LABELS, StaffType } from '../register/staff-type';
import { thaiToAsciiDigits } from '../thai/digits';
import type { ManpowerPlan } from './manpower-plan';

/**
 * Reads planned head counts out of the rows of a spreadsheet the officer already has (a summary of the แผนอัตรากำลัง
 * สามปี): a row whose first text names a staff type, and a count in it. When a header row names BE years (2567 2568
 * 2569), the column of `fiscalYear` is used; otherwise the first number after the label. Rows naming no staff type
 * are skipped; a type named twice adds up (e.g. พนักงานส่วนตำบล and ข้าราชการครู rows under one type).
 */
export interface PlanFromRows {
  plan: ManpowerPlan;
  /** 0-based row numbers that named a staff type but held no count */
  rowsWithoutCount: number[];
}

// Longest first, so "พนักงานจ้างตามภารกิจ" wins over "พนักงานจ้าง"
const NAMES: [string, StaffType][] = (
  [
    ...StaffType.options.flatMap((t) => [
      [t, t],
      [STAFF_TYPE_LABELS[t].th, t],
    ]),
    ['ข้าราชการส่วนท้องถิ่น', 'civil-servant'],
    ['พนักงานส่วนท้องถิ่น', 'civil-servant'],
    ['พนักงานส่วนตำบล', 'civil-servant'],
    ['พนักงานเทศบาล', 'civil-servant'],
    ['พนักงานส่วนจังหวัด', 'civil-servant'],
    ['ข้าราชการครู', 'teacher'],
    ['พนักงานครู', 'teacher'],
    ['ครู', 'teacher'],
    ['บุคลากรทางการศึกษา', 'teacher'],
    ['ลูกจ้างประจำ', 'permanent-employee'],
    ['พนักงานจ้างตามภารกิจ', 'mission-employee'],
    ['พนักงานจ้างผู้มีทักษะ', 'mission-employee'],
    ['พนักงานจ้างทั่วไป', 'general-employee'],
  ] as [string, StaffType][]
).sort((a, b) => b[0].length - a[0].length);

const squash = (s: string) => s.replace(/\s+/g, '');

function staffTypeOf(cell: unknown): StaffType | null {
  if (typeof cell !== 'string') return null;
  const text = squash(cell);
  if (text === '') return null;
  for (const [name, type] of NAMES) if (text.startsWith(squash(name))) return type;
  return null;
}

function countOf(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = thaiToAsciiDigits(cell).replace(/[,\s]/g, '');
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

export function planFromRows(rows: readonly (readonly unknown[])[], fiscalYear?: number): PlanFromRows {
  let yearColumn: number | null = null;
  const plan: Partial<Record<StaffType, number>> = {};
  const rowsWithoutCount: number[] = [];
  rows.forEach((row, r) => {
    if (fiscalYear !== undefined && yearColumn === null) {
      const at = row.findIndex(
        (c) =>
          countOf(c) === fiscalYear ||
          (typeof c === 'string' && thaiToAsciiDigits(c).includes(String(fiscalYear))),
      );
      if (at >= 0 && row.every((c) => staffTypeOf(c) === null)) {
        yearColumn = at;
        return;
      }
    }
    const labelAt = row.findIndex((c) => staffTypeOf(c) !== null);
    if (labelAt < 0) return;
    const type = staffTypeOf(row[labelAt]) as StaffType;
    const count =
      yearColumn !== null
        ? countOf(row[yearColumn])
        : (row
            .slice(labelAt + 1)
            .map(countOf)
            .find((n) => n !== null) ?? null);
    if (count === null) rowsWithoutCount.push(r);
    else plan[type] = (plan[type] ?? 0) + count;
  });
  return { plan, rowsWithoutCount };
}
