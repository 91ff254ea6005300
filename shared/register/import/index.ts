// The staff-register spreadsheet importer: read → plan (suggested column mapping) → apply. See docs/register.md.
export { type ApplyOptions, applyMapping, type ImportResult } from './apply-mapping';
export { matchHeader, normalizeHeader, sectionOfSheetName, suggestMapping } from './header-match';
export { ImportField, SheetKind } from './import-fields';
export {
  IMPORT_PROBLEM_LABELS,
  ImportProblem,
  ImportProblemCode,
  RegisterImportOutput,
  ROW_REJECTING_CODES,
} from './import-problem';
export { type ImportOptions, importWorkbook, type WorkbookImport } from './import-workbook';
export { ColumnMapping, ImportPlan, planWorkbook, SheetMapping } from './sheet-plan';
export { readWorkbookGrid, type SheetGrid, type WorkbookGrid } from './workbook-grid';
