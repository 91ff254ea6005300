import * as XLSX from '@e965/xlsx';
import { type DigitStyle, withDigits } from '../../thai/digits';
import { isCompleteDate, type PartialDate } from '../../thai/partial-date';
import { formatThaiDate } from '../../thai/thai-date-format';
import { HISTORY_SECTION_LABELS, HISTORY_SECTIONS, type HistorySection } from '../history-sections';
import type { PersonRecord } from '../person-record';
import { STAFF_STATUS_LABELS, STAFF_TYPE_LABELS } from '../staff-type';
import { fieldSpec, fieldsOfKind, type ImportField, SECTION_SHEET_NAMES } from './import-fields';

/**
 * Writes PersonRecords as the workbook the importer reads best: a people sheet ("บุคลากร") with the first header
 * spelling of every person field, and one sheet per ก.พ.7 section joined by citizen ID. Used as the officers'
 * template, by the round-trip property test and by the benchmark's generated files.
 */
export type WrittenDateStyle = 'numeric' | 'short' | 'long' | 'iso-ce' | 'serial';

export interface WriteOptions {
  /** date styles used in turn, cell after cell (default: numeric) — a file with mixed styles in one column */
  dateStyles?: readonly WrittenDateStyle[];
  /** digits of text dates */
  digits?: DigitStyle;
  /** leave out section sheets with no rows (default true) */
  skipEmptySections?: boolean;
}

export const PEOPLE_SHEET_NAME = 'บุคลากร';
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

type Cell = string | number | { t: 'n'; v: number; z: string } | null;

class DateWriter {
  private next = 0;
  constructor(private readonly options: WriteOptions) {}

  write(d: PartialDate | null): Cell {
    if (d === null) return null;
    const styles = this.options.dateStyles ?? ['numeric'];
    const style = styles[this.next++ % styles.length] ?? 'numeric';
    const digits = this.options.digits ?? 'ascii';
    const ce = d.year - 543;
    if (isCompleteDate(d) && ce >= 1900) {
      const pad = (n: number) => String(n).padStart(2, '0');
      if (style === 'serial') {
        const date = new Date(Date.UTC(2000, d.month - 1, d.day));
        date.setUTCFullYear(ce);
        const serial = Math.round((date.getTime() - EXCEL_EPOCH_MS) / 86_400_000);
        // Excel's serials before 1 March 1900 are off by its fictitious 29 Feb 1900: write those as text
        if (serial >= 61) return { t: 'n', v: serial, z: 'd/m/yyyy' };
      }
      if (style === 'iso-ce') return withDigits(`${ce}-${pad(d.month)}-${pad(d.day)}`, digits);
    }
    const text = style === 'long' ? formatThaiDate(d, 'long', digits) : null;
    return (
      text ??
      formatThaiDate(d, isCompleteDate(d) && style === 'numeric' ? 'numeric' : 'short', digits) ??
      String(d.year)
    );
  }
}

function get(obj: unknown, path: string[]): unknown {
  let node = obj;
  for (const key of path) node = (node as Record<string, unknown> | null | undefined)?.[key];
  return node;
}

function cellOf(field: ImportField, value: unknown, dates: DateWriter): Cell {
  const kind = fieldSpec(field).kind;
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'date':
      return dates.write(value as PartialDate);
    case 'staffType':
      return STAFF_TYPE_LABELS[value as keyof typeof STAFF_TYPE_LABELS].th;
    case 'status':
      return STAFF_STATUS_LABELS[value as keyof typeof STAFF_STATUS_LABELS].th;
    case 'sex':
      return value === 'male' ? 'ชาย' : value === 'female' ? 'หญิง' : null;
    default:
      return value as string | number;
  }
}

function sheetOf(rows: Cell[][]): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => (c === null ? '' : c))));
  // aoa_to_sheet does not keep number formats given as objects: set them cell by cell
  for (const [r, row] of rows.entries())
    for (const [c, cell] of row.entries())
      if (cell !== null && typeof cell === 'object')
        ws[XLSX.utils.encode_cell({ r, c })] = { t: 'n', v: cell.v, z: cell.z };
  return ws;
}

/** The workbook for `people`. */
export function peopleToWorkbook(people: readonly PersonRecord[], options: WriteOptions = {}): XLSX.WorkBook {
  const dates = new DateWriter(options);
  const wb = XLSX.utils.book_new();
  const personFields = fieldsOfKind('people').filter((f) => f !== 'rowNumber' && f !== 'name.th.full');
  const header = personFields.map((f) => fieldSpec(f).headers[0] ?? f);
  const rows = people.map((p) => personFields.map((f) => cellOf(f, get(p, f.split('.')), dates)));
  XLSX.utils.book_append_sheet(wb, sheetOf([header, ...rows]), PEOPLE_SHEET_NAME);
  for (const section of Object.keys(HISTORY_SECTIONS) as HistorySection[]) {
    const fields = fieldsOfKind(section).filter((f) => f !== 'rowNumber');
    const sectionRows = people.flatMap((p) =>
      (p[section] as unknown[]).map((row) =>
        fields.map((f) =>
          f === 'citizenId' ? p.citizenId : cellOf(f, get(row, [f.split('.')[1] ?? '']), dates),
        ),
      ),
    );
    if (sectionRows.length === 0 && options.skipEmptySections !== false) continue;
    const name = SECTION_SHEET_NAMES[section][0] ?? HISTORY_SECTION_LABELS[section].th;
    XLSX.utils.book_append_sheet(
      wb,
      sheetOf([fields.map((f) => fieldSpec(f).headers[0] ?? f), ...sectionRows]),
      name,
    );
  }
  return wb;
}

/** The workbook as .xlsx bytes. */
export function peopleToXlsx(people: readonly PersonRecord[], options: WriteOptions = {}): Uint8Array {
  return new Uint8Array(XLSX.write(peopleToWorkbook(people, options), { type: 'array', bookType: 'xlsx' }));
}
