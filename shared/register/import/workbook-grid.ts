import * as XLSX from '@e965/xlsx';
import { AppError } from '../../errors';
import { decodeTis620 } from '../../thai/tis620';

/**
 * Reads .xlsx/.xls/.ods/.csv bytes with SheetJS into plain grids the importer walks. Runs unchanged in Node (CLI)
 * and in the extension (an ArrayBuffer from a file input).
 *
 * Merged cells are filled with their top-left value, so a header merged over three columns, or a citizen ID merged
 * down a person's ten salary rows, reads the same in every cell it covers.
 */
export interface GridCell {
  /** the cell as text: strings trimmed, numbers as their integer digits or Excel's formatted text */
  text: string;
  /** the numeric value when the cell is a number */
  num: number | null;
  /** a number whose cell format is a date format (an Excel date serial) */
  isDate: boolean;
  /** the cell holds a formula error (#N/A, #REF!, …); `text` is the error as Excel shows it */
  error?: true;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c] with r, c 0-based from A1; null = empty cell */
  rows: (GridCell | null)[][];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** the workbook counts date serials from 1904 (old Mac Excel) */
  date1904: boolean;
}

function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b; // xlsx, ods
  const cfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0; // xls
  return zip || cfb;
}

/** CSV text: UTF-8 (with or without BOM), else TIS-620/windows-874 as older Thai Excel saves it. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeTis620(bytes);
  }
}

const EXCEL_ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
};

function toCell(cell: XLSX.CellObject | undefined): GridCell | null {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const isDate = typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z);
    // formatted text only where a format changes the digits (a phone kept as 0812345678 via "0000000000")
    const formatted = cell.z && cell.z !== 'General' && !isDate ? XLSX.SSF.format(cell.z, cell.v).trim() : '';
    const text = formatted || (Number.isInteger(cell.v) ? cell.v.toFixed(0) : String(cell.v));
    return { text, num: cell.v, isDate };
  }
  if (cell.t === 'd' && cell.v instanceof Date) {
    const d = cell.v;
    const text = `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
    return { text, num: null, isDate: false };
  }
  if (cell.t === 'e')
    return { text: EXCEL_ERRORS[Number(cell.v)] ?? '#ERROR', num: null, isDate: false, error: true };
  const text = String(cell.v).trim();
  return text === '' ? null : { text, num: null, isDate: false };
}

function toGrid(name: string, ws: XLSX.WorkSheet): SheetGrid {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  // Array.from, not map: dense rows and cells are sparse arrays and map would keep their holes
  const rows: (GridCell | null)[][] = Array.from(data, (row) =>
    row ? Array.from(row, (c) => toCell(c)) : [],
  );
  for (const m of ws['!merges'] ?? []) {
    const top = rows[m.s.r]?.[m.s.c] ?? null;
    if (!top) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = rows[r] ?? [];
      rows[r] = row;
      for (let c = m.s.c; c <= m.e.c; c++) if (!row[c]) row[c] = top;
    }
  }
  return { name, rows };
}

/** Parses the file; throws AppError FILE_UNREADABLE when it is not a spreadsheet SheetJS can read. */
export function readWorkbookGrid(data: ArrayBuffer | Uint8Array): WorkbookGrid {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let wb: XLSX.WorkBook;
  try {
    wb = looksLikeSpreadsheet(bytes)
      ? XLSX.read(bytes, {
          type: 'array',
          dense: true,
          cellNF: true,
          cellText: false, // formatting every cell's text costs a third of the read; toCell formats the few it needs
          cellDates: false,
          cellFormula: false,
          cellHTML: false,
        })
      : XLSX.read(decodeCsv(bytes), { type: 'string', dense: true, raw: true, cellFormula: false });
  } catch (error) {
    throw new AppError('FILE_UNREADABLE', 'อ่านไฟล์ตารางไม่ได้ / The spreadsheet could not be read', {
      cause: error,
    });
  }
  const sheets = wb.SheetNames.flatMap((name) => {
    const ws = wb.Sheets[name];
    return ws ? [toGrid(name, ws)] : [];
  });
  return { sheets, date1904: Boolean(wb.Workbook?.WBProps?.date1904) };
}
