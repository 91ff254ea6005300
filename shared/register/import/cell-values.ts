import { citizenIdProblem, normalizeCitizenId } from '../../thai/citizen-id';
import { thaiToAsciiDigits } from '../../thai/digits';
import {
  excelSerialToDate,
  type LenientDateResult,
  parseLenientDate,
  toBeYear,
} from '../../thai/lenient-date';
import type { PartialDate } from '../../thai/partial-date';
import { STAFF_STATUS_LABELS, type StaffStatus, type StaffType } from '../staff-type';
import type { FieldKind } from './import-fields';
import type { ImportProblemCode } from './import-problem';
import { parseStaffType } from './staff-type-text';
import type { GridCell } from './workbook-grid';

/** One cell read as its field's kind: a value, a problem (never both), or nothing for an empty cell. */
export type CellRead =
  | { value: string | number | PartialDate | StaffType | StaffStatus }
  | { problem: ImportProblemCode }
  | null;

const TEXT_MAX = 500;
/** "-", "–" and "ไม่มี" in a number column mean none, as officers write them. */
const NONE = /^(-+|–|—|ไม่มี|n\/a)$/i;

function readDate(cell: GridCell, date1904: boolean): CellRead {
  let r: LenientDateResult | null;
  if (cell.num !== null && (cell.isDate || !/^\d{4}$|^\d{8}$/.test(cell.text))) {
    r =
      cell.isDate || Number.isInteger(cell.num)
        ? excelSerialToDate(cell.num, date1904)
        : { ok: false, problem: 'DATE_INVALID' };
  } else r = parseLenientDate(cell.text);
  if (r === null) return null;
  return r.ok ? { value: r.date } : { problem: r.problem };
}

function readNumber(text: string, max: number): CellRead {
  const t = thaiToAsciiDigits(text).replace(/[,\s]|บาท|วัน/g, '');
  if (t === '' || NONE.test(t)) return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return { problem: 'NUMBER_INVALID' };
  const n = Number(t);
  return n <= max ? { value: n } : { problem: 'NUMBER_INVALID' };
}

function readYear(text: string): CellRead {
  const t = thaiToAsciiDigits(text).replace(/ปีงบประมาณ|ปีงบ|พ\.\s*ศ\.?|\s/g, '');
  if (t === '' || NONE.test(t)) return null;
  const year = /^\d{4}$/.test(t) ? toBeYear(Number(t)) : null;
  return year === null ? { problem: 'NUMBER_INVALID' } : { value: year };
}

const SEX = new Map<string, 'male' | 'female'>([
  ['ชาย', 'male'],
  ['ช', 'male'],
  ['male', 'male'],
  ['m', 'male'],
  ['1', 'male'],
  ['หญิง', 'female'],
  ['ญ', 'female'],
  ['female', 'female'],
  ['f', 'female'],
  ['2', 'female'],
]);

const STATUS = new Map<string, StaffStatus>([
  ...Object.entries(STAFF_STATUS_LABELS).flatMap(([code, l]) => [
    [code, code as StaffStatus] as const,
    [l.th, code as StaffStatus] as const,
  ]),
  ...(
    [
      ['ปฏิบัติงาน', 'active'],
      ['ปกติ', 'active'],
      ['ดำรงตำแหน่ง', 'active'],
      ['เกษียณ', 'retired'],
      ['เกษียณอายุราชการ', 'retired'],
      ['โอนย้าย', 'transferred-out'],
      ['โอนออก', 'transferred-out'],
      ['ย้ายออก', 'transferred-out'],
      ['ให้ออก', 'dismissed'],
      ['ปลดออก', 'dismissed'],
      ['ไล่ออก', 'dismissed'],
      ['เสียชีวิต', 'deceased'],
    ] as const
  ).map(([k, v]) => [k, v] as const),
]);

const key = (text: string) => thaiToAsciiDigits(text).toLowerCase().replace(/[\s.]/g, '');
const STATUS_BY_KEY = new Map([...STATUS].map(([k, v]) => [key(k), v]));

function readCitizenId(cell: GridCell): CellRead {
  // a number cell is read by value: its shown text may be "1.10E+12" under a scientific or other number format
  let id = normalizeCitizenId(
    cell.num !== null && Number.isInteger(cell.num) ? cell.num.toFixed(0) : cell.text,
  );
  // a 13-digit ID typed into a number cell loses a leading zero
  if (cell.num !== null && /^\d{12}$/.test(id)) id = `0${id}`;
  const problem = citizenIdProblem(id);
  if (problem === null) return { value: id };
  if (problem === 'CITIZEN_ID_EMPTY') return null;
  return { problem: problem === 'CITIZEN_ID_CHECKSUM' ? 'CITIZEN_ID_CHECKSUM' : 'CITIZEN_ID_FORMAT' };
}

/** Reads a cell as `kind`; `date1904` says how the workbook counts date serials. */
export function readCell(kind: FieldKind, cell: GridCell | null, date1904 = false): CellRead {
  if (!cell || kind === 'ignore') return null;
  if (cell.error) return { problem: 'CELL_ERROR' };
  switch (kind) {
    case 'citizenId':
      return readCitizenId(cell);
    case 'text':
    case 'fullName':
      return cell.text.length > TEXT_MAX ? { problem: 'TEXT_TOO_LONG' } : { value: cell.text };
    case 'date':
      return readDate(cell, date1904);
    case 'money':
      return cell.num !== null
        ? cell.num >= 0
          ? { value: cell.num }
          : { problem: 'NUMBER_INVALID' }
        : readNumber(cell.text, Number.MAX_SAFE_INTEGER);
    case 'days':
      return readNumber(cell.num !== null ? String(cell.num) : cell.text, 366);
    case 'year':
      return readYear(cell.num !== null ? String(cell.num) : cell.text);
    case 'staffType': {
      const type = parseStaffType(cell.text);
      return type ? { value: type } : { problem: 'STAFF_TYPE_UNKNOWN' };
    }
    case 'sex': {
      const sex = SEX.get(key(cell.text));
      return sex ? { value: sex } : { problem: 'VALUE_UNKNOWN' };
    }
    case 'status': {
      const status = STATUS_BY_KEY.get(key(cell.text));
      return status ? { value: status } : { problem: 'VALUE_UNKNOWN' };
    }
    case 'postcode': {
      const digits = thaiToAsciiDigits(cell.text).replace(/\s/g, '');
      return /^\d{5}$/.test(digits) ? { value: digits } : { problem: 'NUMBER_INVALID' };
    }
  }
}
