import * as z from 'zod';
import { PersonRecord } from '../person-record';

/**
 * Why a spreadsheet row (or one of its cells) was not imported as typed. Codes are stable: the extension's
 * preview, the CLI's JSON and tests match on them. Problems never carry personal data — sheet name, 1-based
 * spreadsheet row, the column's header text and the code only.
 *
 * Codes in ROW_REJECTING_CODES leave the whole row out (the person, or the section row); the others leave only
 * that cell's field empty and import the rest of the row.
 */
export const ImportProblemCode = z.enum([
  /** the citizen ID's check digit is wrong */
  'CITIZEN_ID_CHECKSUM',
  /** the citizen ID is not 13 digits */
  'CITIZEN_ID_FORMAT',
  /** not a possible date (31/02/2530, month 13, a year in neither era, unknown month name) */
  'DATE_INVALID',
  /** a two-digit year: 2530 or 1930? */
  'DATE_AMBIGUOUS',
  /** a second person row with a citizen ID already imported (the first row wins) */
  'DUPLICATE_CITIZEN_ID',
  /** the staff-type text is none of the five types */
  'STAFF_TYPE_UNKNOWN',
  /** a required cell (citizen ID, first name, staff type, fiscal year of a leave row) is empty */
  'REQUIRED_EMPTY',
  /** a section row whose citizen ID has no person row in the file */
  'UNKNOWN_PERSON',
  /** a section row whose person row was itself rejected */
  'PERSON_REJECTED',
  /** not a non-negative number (salary, leave days, year, postcode) */
  'NUMBER_INVALID',
  /** a value from a fixed list (sex, status) that is not on the list */
  'VALUE_UNKNOWN',
  /** longer than the 500 characters a register field holds */
  'TEXT_TOO_LONG',
  /** more section rows for one person than the register keeps */
  'TOO_MANY_ROWS',
  /** a sheet with content but no recognisable header row (row is 1, column "") */
  'HEADER_NOT_FOUND',
  /** the cell shows a formula error (#N/A, #REF!, …) instead of a value */
  'CELL_ERROR',
]);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

export const ROW_REJECTING_CODES: ReadonlySet<ImportProblemCode> = new Set<ImportProblemCode>([
  'CITIZEN_ID_CHECKSUM',
  'CITIZEN_ID_FORMAT',
  'DUPLICATE_CITIZEN_ID',
  'STAFF_TYPE_UNKNOWN',
  'REQUIRED_EMPTY',
  'UNKNOWN_PERSON',
  'PERSON_REJECTED',
  'TOO_MANY_ROWS',
  'HEADER_NOT_FOUND',
]);

export const ImportProblem = z
  .object({
    sheet: z.string(),
    /** 1-based row number as the spreadsheet shows it */
    row: z.number().int().positive(),
    /** the column's header text as in the file ("" when the problem is not about one column) */
    column: z.string(),
    code: ImportProblemCode,
  })
  .strict();
export type ImportProblem = z.infer<typeof ImportProblem>;

/** Thai-first explanations for the preview; never include the cell's value. */
export const IMPORT_PROBLEM_LABELS: Record<ImportProblemCode, { th: string; en: string }> = {
  CITIZEN_ID_CHECKSUM: {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบผิด)',
    en: 'Citizen ID check digit is wrong',
  },
  CITIZEN_ID_FORMAT: { th: 'เลขประจำตัวประชาชนต้องมี 13 หลัก', en: 'Citizen ID must be 13 digits' },
  DATE_INVALID: { th: 'วันที่ไม่ถูกต้อง', en: 'Not a valid date' },
  DATE_AMBIGUOUS: { th: 'ปีมีเพียง 2 หลัก ไม่ทราบว่าเป็น พ.ศ. ใด', en: 'Two-digit year is ambiguous' },
  DUPLICATE_CITIZEN_ID: { th: 'เลขประจำตัวประชาชนซ้ำกับแถวก่อนหน้า', en: 'Citizen ID repeats an earlier row' },
  STAFF_TYPE_UNKNOWN: { th: 'ไม่รู้จักประเภทบุคลากร', en: 'Unknown staff type' },
  REQUIRED_EMPTY: { th: 'ช่องที่ต้องกรอกว่างอยู่', en: 'A required cell is empty' },
  UNKNOWN_PERSON: { th: 'ไม่พบบุคคลนี้ในแผ่นงานรายชื่อ', en: 'No person row for this citizen ID' },
  PERSON_REJECTED: { th: 'แถวของบุคคลนี้ในแผ่นงานรายชื่อมีปัญหา', en: "This person's own row was not imported" },
  NUMBER_INVALID: { th: 'ตัวเลขไม่ถูกต้อง', en: 'Not a valid number' },
  VALUE_UNKNOWN: { th: 'ค่าไม่อยู่ในรายการที่รู้จัก', en: 'Value is not on the list' },
  TEXT_TOO_LONG: { th: 'ข้อความยาวเกิน 500 ตัวอักษร', en: 'Text longer than 500 characters' },
  TOO_MANY_ROWS: { th: 'จำนวนแถวของบุคคลนี้เกินที่ทะเบียนเก็บได้', en: 'More rows than the register keeps' },
  HEADER_NOT_FOUND: { th: 'ไม่พบแถวหัวตารางในแผ่นงานนี้', en: 'No header row found on this sheet' },
  CELL_ERROR: { th: 'ช่องนี้แสดงข้อผิดพลาดของสูตร (เช่น #N/A)', en: 'The cell shows a formula error' },
};

/** What `npm run -s register -- import … --json` prints (one JSON object). */
export const RegisterImportOutput = z
  .object({ people: z.array(PersonRecord), problems: z.array(ImportProblem) })
  .strict();
export type RegisterImportOutput = z.infer<typeof RegisterImportOutput>;
