import type { DateFormat } from '../../../shared/fields/field-types';
import type { CellKind, ElementLocator, HistoryPage } from '../../../shared/profile/register-page-profile';
import { thaiToAsciiDigits, withDigits } from '../../../shared/thai/digits';
import type { PartialDate } from '../../../shared/thai/partial-date';
import { formatThaiDate, parseThaiDate } from '../../../shared/thai/thai-date-format';

/** A row as the register keeps it (one of the history-section row schemas). */
export type RegisterRow = Record<string, unknown>;

export function findElement(doc: Document, locator: ElementLocator): Element | null {
  return 'id' in locator ? doc.getElementById(locator.id) : doc.querySelector(locator.css);
}

/** The texts of a table's data rows, cell by cell (header rows and rows shorter than the header left out). */
export function tableRows(doc: Document, table: ElementLocator, headerRows: number): string[][] {
  const el = findElement(doc, table);
  if (!(el instanceof HTMLTableElement)) return [];
  const rows = Array.from(el.rows).slice(headerRows);
  const width = el.rows[0]?.cells.length ?? 0;
  return rows
    .map((r) => Array.from(r.cells).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()))
    .filter((cells) => cells.length >= width);
}

const DEFAULT_DATE: DateFormat = { style: 'numeric', digits: 'ascii', era: 'BE' };

function isPartialDate(v: unknown): v is PartialDate {
  return typeof v === 'object' && v !== null && 'year' in v;
}

/** A register value as the page writes it: BE dates in the page's format, years as 4 digits, numbers plain. */
export function valueToText(kind: CellKind, value: unknown, date: DateFormat = DEFAULT_DATE): string {
  if (value === null || value === undefined) return '';
  if (kind === 'date' && isPartialDate(value)) {
    const shifted = date.era === 'CE' ? { ...value, year: value.year - 543 } : value;
    return date.style === 'iso' ? '' : (formatThaiDate(shifted, date.style, date.digits) ?? '');
  }
  if (kind === 'year') {
    const year = isPartialDate(value) ? value.year : value;
    return typeof year === 'number' ? withDigits(String(year), date.digits) : '';
  }
  return String(value);
}

/** What a cell of the saved-rows table means for the register row field `key` of `section`. */
/** Year columns the register keeps as plain numbers (LeaveRow.fiscalYear, DisciplineRow.year), not PartialDates. */
const NUMBER_YEARS = new Set(['leave.fiscalYear', 'discipline.year']);

export function textToValue(history: HistoryPage, key: string, kind: CellKind, text: string): unknown {
  const plain = thaiToAsciiDigits(text).trim();
  if (kind === 'number') {
    const n = Number(plain.replace(/,/g, ''));
    return plain !== '' && Number.isFinite(n) ? n : null;
  }
  if (kind === 'date' || kind === 'year') {
    const d = parseThaiDate(plain);
    if (!d) return null;
    return NUMBER_YEARS.has(`${history.section}.${key}`) ? d.year : d;
  }
  return text.trim();
}

/** The text two rows are compared by: the `match` columns in the page's own writing, spaces and commas ignored. */
function comparable(texts: readonly string[]): string {
  return texts.map((t) => thaiToAsciiDigits(t).replace(/[\s,]/g, '')).join('|');
}

function columnsOf(history: HistoryPage, keys: readonly string[]) {
  return keys.map((k) => history.columns.find((c) => c.key === k)).filter((c) => c !== undefined);
}

export function registerRowKey(history: HistoryPage, row: RegisterRow): string {
  return comparable(columnsOf(history, history.match).map((c) => valueToText(c.kind, row[c.key], c.date)));
}

export function tableRowKey(history: HistoryPage, cells: readonly string[]): string {
  return comparable(
    columnsOf(history, history.match).map((c) => (c.cell === undefined ? '' : (cells[c.cell] ?? ''))),
  );
}

/** Register rows the page's table does not show yet, in register order (a row shown twice counts twice). */
export function rowsNotOnPage(
  history: HistoryPage,
  rows: readonly RegisterRow[],
  cells: readonly string[][],
): RegisterRow[] {
  const shown = new Map<string, number>();
  for (const c of cells) {
    const k = tableRowKey(history, c);
    shown.set(k, (shown.get(k) ?? 0) + 1);
  }
  return rows.filter((row) => {
    const k = registerRowKey(history, row);
    const n = shown.get(k) ?? 0;
    if (n === 0) return true;
    shown.set(k, n - 1);
    return false;
  });
}

/**
 * The table's rows as register rows. A row without its `match` values is left out (it could not be told apart, and
 * a leave row needs its fiscal year); the background checks the rest against the section's schema.
 */
export function rowsFromTable(history: HistoryPage, cells: readonly string[][]): RegisterRow[] {
  const out: RegisterRow[] = [];
  for (const c of cells) {
    const row: RegisterRow = {};
    for (const col of history.columns) {
      if (col.cell === undefined) continue;
      const value = textToValue(history, col.key, col.kind, c[col.cell] ?? '');
      if (value !== '') row[col.key] = value;
    }
    if (history.match.every((k) => row[k] !== undefined && row[k] !== null)) out.push(row);
  }
  return out;
}
