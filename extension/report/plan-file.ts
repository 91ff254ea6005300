import { read, utils } from '@e965/xlsx';
import { type PlanFromRows, planFromRows } from '../../shared/readiness/plan-from-rows';

/**
 * The manpower plan from a spreadsheet file (.xlsx, .xls, .ods, or .csv in UTF-8 with or without a BOM): the first sheet's rows through
 * planFromRows. SheetJS reads bytes in the browser and in Node alike.
 */
export function planFromSpreadsheet(bytes: Uint8Array, fiscalYear?: number): PlanFromRows {
  // Workbooks are zip (xlsx, ods) or OLE (xls) files; anything else is CSV text, which SheetJS would read as
  // Latin-1 without a BOM — Thai labels arrive as UTF-8
  const binary = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  const book = binary
    ? read(bytes, { type: 'array', cellDates: false })
    : read(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), {
        type: 'string',
        cellDates: false,
      });
  const first = book.SheetNames[0];
  const sheet = first === undefined ? undefined : book.Sheets[first];
  if (!sheet) return { plan: {}, rowsWithoutCount: [] };
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '' });
  return planFromRows(rows, fiscalYear);
}
