import { type ApplyOptions, applyMapping, type ImportResult } from './apply-mapping';
import { type ColumnMapping, type ImportPlan, planWorkbook, type SheetMapping } from './sheet-plan';
import { readWorkbookGrid } from './workbook-grid';

export interface ImportOptions extends ApplyOptions {
  /** the officer's corrected plan (from a previous planWorkbook); default: the suggested one */
  plan?: ImportPlan;
}

export interface WorkbookImport extends ImportResult {
  /** every column's mapping as used, for the preview */
  mapping: ColumnMapping[];
  /** each sheet's kind and header rows as used */
  sheets: SheetMapping[];
}

/**
 * The whole import in one call: read the .xlsx/.csv bytes, suggest (or take) the column mapping, import.
 * Works the same in Node and in the extension. Throws AppError FILE_UNREADABLE for a file that is not a spreadsheet;
 * everything wrong inside the file is a problem in the result, never an exception.
 */
export async function importWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: ImportOptions = {},
): Promise<WorkbookImport> {
  const workbook = readWorkbookGrid(data);
  const plan = options.plan ?? planWorkbook(workbook);
  const result = await applyMapping(workbook, plan, options);
  return { ...result, mapping: plan.mapping, sheets: plan.sheets };
}
