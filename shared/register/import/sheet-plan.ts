import * as z from 'zod';
import { StaffType } from '../staff-type';
import { mappingScore, staffTypeOfSheetName, suggestFromCandidates } from './header-match';
import { ImportField, SheetKind } from './import-fields';
import type { SheetGrid, WorkbookGrid } from './workbook-grid';

/**
 * The mapping step between reading a file and importing it: which row holds each sheet's headers and which field
 * each column fills. `planWorkbook` suggests one; the extension shows it for the officer to correct and passes the
 * corrected plan to `applyMapping`. Plain data (zod-checked), so a plan can be kept and reused for next year's file.
 */
export const ColumnMapping = z
  .object({
    sheet: z.string(),
    /** 0-based column index (A = 0) */
    column: z.number().int().nonnegative(),
    /** the header text as shown in the file (two header rows are joined with a space) */
    header: z.string(),
    /** where the column's values go; null = not imported */
    field: ImportField.nullable(),
  })
  .strict();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const SheetMapping = z
  .object({
    sheet: z.string(),
    kind: SheetKind,
    /** 1-based row of the (first) header row; 0 when no header was found and the sheet is skipped */
    headerRow: z.number().int().nonnegative(),
    /** 1-based row where data starts */
    dataRow: z.number().int().positive(),
    /** a people sheet named after a staff type gives that type to rows without one */
    defaultStaffType: StaffType.nullable(),
  })
  .strict();
export type SheetMapping = z.infer<typeof SheetMapping>;

export const ImportPlan = z
  .object({ sheets: z.array(SheetMapping), mapping: z.array(ColumnMapping) })
  .strict();
export type ImportPlan = z.infer<typeof ImportPlan>;

/** Header rows are looked for among the first rows only: titles and notes come before them, data after. */
const HEADER_SEARCH_ROWS = 25;
/** A header row names at least this many importable fields. */
const MIN_HEADER_FIELDS = 2;

function rowTexts(grid: SheetGrid, r: number, width: number): string[] {
  const row = grid.rows[r] ?? [];
  return Array.from({ length: width }, (_, c) => row[c]?.text ?? '');
}

interface HeaderBlock {
  headerRow: number;
  dataRow: number;
  headers: string[];
  candidates: string[][];
}

function block(grid: SheetGrid, r: number, span: 1 | 2, width: number): HeaderBlock {
  const top = rowTexts(grid, r, width);
  if (span === 1) return { headerRow: r, dataRow: r + 1, headers: top, candidates: top.map((t) => [t]) };
  const sub = rowTexts(grid, r + 1, width);
  const headers = top.map((t, c) => {
    const s = sub[c] ?? '';
    return s === '' || s === t ? t : t === '' ? s : `${t} ${s}`;
  });
  const candidates = top.map((t, c) => {
    const s = sub[c] ?? '';
    if (s === '' || s === t) return [t];
    return t === '' ? [s] : [`${s} (${t})`, s, t];
  });
  return { headerRow: r, dataRow: r + 2, headers, candidates };
}

/** Finds the header block and the sheet's kind; null when no row looks like a header. */
export function planSheet(grid: SheetGrid): { sheet: SheetMapping; mapping: ColumnMapping[] } | null {
  const width = Math.max(0, ...grid.rows.slice(0, HEADER_SEARCH_ROWS + 1).map((row) => row.length));
  let best: { block: HeaderBlock; kind: SheetKind; fields: (ImportField | null)[]; score: number } | null =
    null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.rows.length); r++) {
    for (const span of [1, 2] as const) {
      if (span === 2 && r + 1 >= grid.rows.length) continue;
      const b = block(grid, r, span, width);
      const suggestion = suggestFromCandidates(b.candidates, grid.name);
      const score = mappingScore(suggestion);
      // more fields wins; on a tie the block whose data starts earlier (never swallow a data row), then the
      // single row (a title row above the header adds nothing)
      const better =
        !best ||
        score > best.score ||
        (score === best.score && b.dataRow < best.block.dataRow) ||
        (score === best.score && b.dataRow === best.block.dataRow && b.headerRow > best.block.headerRow);
      if (better) best = { block: b, kind: suggestion.kind, fields: suggestion.fields, score };
    }
  }
  if (!best || best.score < MIN_HEADER_FIELDS) return null;
  const { block: b, kind, fields } = best;
  const sheet: SheetMapping = {
    sheet: grid.name,
    kind,
    headerRow: b.headerRow + 1,
    dataRow: b.dataRow + 1,
    defaultStaffType: kind === 'people' ? staffTypeOfSheetName(grid.name) : null,
  };
  const mapping = b.headers.flatMap((header, column) =>
    header === '' && fields[column] === null
      ? []
      : [
          {
            sheet: grid.name,
            column,
            header: header.replace(/\s+/g, ' ').trim(),
            field: fields[column] ?? null,
          },
        ],
  );
  return { sheet, mapping };
}

/** Suggests a plan for every sheet; sheets without a header row get headerRow 0 (reported, not imported). */
export function planWorkbook(workbook: WorkbookGrid): ImportPlan {
  const sheets: SheetMapping[] = [];
  const mapping: ColumnMapping[] = [];
  for (const grid of workbook.sheets) {
    const planned = planSheet(grid);
    if (planned) {
      sheets.push(planned.sheet);
      mapping.push(...planned.mapping);
    } else
      sheets.push({ sheet: grid.name, kind: 'people', headerRow: 0, dataRow: 1, defaultStaffType: null });
  }
  return { sheets, mapping };
}
