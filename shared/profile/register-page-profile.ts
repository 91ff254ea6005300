import * as z from 'zod';
import { DateFormat } from '../fields/field-types';
import { HistorySection } from '../register/history-sections';
import { Locator } from './locator';

/**
 * The parts of a site profile the staff register uses: who a page is about (the person banner), a history page's
 * saved-rows table and add-row form, and the staff list. Elements other than form controls are found by id or css.
 */
export const ElementLocator = z.union([
  z.object({ id: z.string().min(1) }).strict(),
  z.object({ css: z.string().min(1) }).strict(),
]);
export type ElementLocator = z.infer<typeof ElementLocator>;

/** The "this page is about" banner of the pages that follow a pick on the staff list. */
export const SubjectBanner = z
  .object({ citizenId: ElementLocator, name: ElementLocator.optional() })
  .strict();
export type SubjectBanner = z.infer<typeof SubjectBanner>;

/** How a value looks on the page: text, a BE date in `date` format, a BE year, a number (thousands commas allowed). */
export const CellKind = z.enum(['text', 'date', 'year', 'number', 'select']);
export type CellKind = z.infer<typeof CellKind>;

export const HistoryColumn = z
  .object({
    /** the row field of the register section (EducationRow.institution, PositionRow.date, …) */
    key: z.string().min(1),
    kind: CellKind,
    date: DateFormat.optional(),
    /** the column of the saved-rows table (0-based td index); absent when the table does not show it */
    cell: z.number().int().min(0).optional(),
    /** the add-row control; absent when the form has no such input */
    control: Locator.optional(),
  })
  .strict();
export type HistoryColumn = z.infer<typeof HistoryColumn>;

export const HistoryPage = z
  .object({
    section: HistorySection,
    /** the table of rows LHR already has for this person */
    table: ElementLocator,
    headerRows: z.number().int().min(0).default(1),
    columns: z.array(HistoryColumn).min(1),
    /** row keys that together tell one row from another (a register row with the same values is "on the page") */
    match: z.array(z.string()).min(1),
  })
  .strict();
export type HistoryPage = z.infer<typeof HistoryPage>;

/** The staff search page: each table row is one person LHR has. Cells are 0-based td indexes. */
export const StaffListPage = z
  .object({
    table: ElementLocator,
    headerRows: z.number().int().min(0).default(1),
    cells: z
      .object({
        citizenId: z.number().int().min(0),
        name: z.number().int().min(0),
        staffType: z.number().int().min(0),
        position: z.number().int().min(0).optional(),
        status: z.number().int().min(0).optional(),
      })
      .strict(),
  })
  .strict();
export type StaffListPage = z.infer<typeof StaffListPage>;
