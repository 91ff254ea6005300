import type { StaffType } from '../../../shared/register/staff-type';

/** One row of the magnifier page's counts: "ข้าราชการ 3". */
export interface PageCount {
  label: string;
  count: number;
}

export interface CountComparison {
  label: string;
  /** what the LHR page says */
  page: number;
  /** active people of these staff types in the synced register */
  register: number;
  staffTypes: StaffType[];
  match: boolean;
}

/** Register types a page label names on its own; "ข้าราชการ" and "พนักงานจ้าง" are groups (below). */
const SPECIFIC: ReadonlyArray<[RegExp, StaffType]> = [
  [/ครู|บุคลากรทางการศึกษา/, 'teacher'],
  [/ลูกจ้างประจำ/, 'permanent-employee'],
  [/ภารกิจ/, 'mission-employee'],
  [/ทั่วไป/, 'general-employee'],
];
/**
 * The LHR counts page (seed 002 step 5) shows "ข้าราชการ ลูกจ้างประจำ และพนักงานจ้าง": ข้าราชการ covers the local civil
 * servants and — unless the page lists them on their own row — the teachers; พนักงานจ้าง covers both kinds of
 * employee unless they have rows of their own. Each register type is counted in exactly one row.
 */
const GROUPS: ReadonlyArray<[RegExp, StaffType[]]> = [
  [/ข้าราชการ|พนักงานส่วนท้องถิ่น/, ['civil-servant', 'teacher']],
  [/พนักงานจ้าง/, ['mission-employee', 'general-employee']],
];

export function staffTypesOfRows(labels: readonly string[]): StaffType[][] {
  const specific = labels.map((l) => SPECIFIC.find(([re]) => re.test(l))?.[1] ?? null);
  const claimed = new Set(specific.filter((t) => t !== null));
  return labels.map((label, i) => {
    const own = specific[i];
    if (own) return [own];
    const group = GROUPS.find(([re]) => re.test(label))?.[1] ?? [];
    return group.filter((t) => !claimed.has(t));
  });
}

/** The page's counts against the register's, row by row (rows naming no staff type are left out). */
export function compareCounts(
  rows: readonly PageCount[],
  recorded: readonly { staffType: string; recorded: number }[],
): CountComparison[] {
  const types = staffTypesOfRows(rows.map((r) => r.label));
  const n = (t: StaffType) => recorded.find((r) => r.staffType === t)?.recorded ?? 0;
  return rows.flatMap((row, i) => {
    const staffTypes = types[i] ?? [];
    if (staffTypes.length === 0) return [];
    const register = staffTypes.reduce((sum, t) => sum + n(t), 0);
    return [{ label: row.label, page: row.count, register, staffTypes, match: register === row.count }];
  });
}

const DIGITS = /[๐-๙]/g;
const ascii = (s: string) => s.replace(DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));

/**
 * Reads the counts table: rows whose first cell names a staff type and whose last cell is a number. Found by its
 * shape, not an id, so a renamed grid keeps working.
 */
export function readPageCounts(doc: Document): PageCount[] {
  const out: PageCount[] = [];
  for (const tr of Array.from(doc.querySelectorAll('tr'))) {
    const cells = Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim());
    if (cells.length < 2) continue;
    const number = ascii(cells.at(-1) ?? '').replace(/,/g, '');
    if (!/^\d+$/.test(number)) continue;
    const label = cells[0] ?? '';
    if (!/ข้าราชการ|พนักงาน|ลูกจ้าง|ครู/.test(label)) continue;
    out.push({ label, count: Number(number) });
  }
  return out;
}
