import { normalizeTitle } from '../../thai/title-prefix';
import { HISTORY_SECTIONS, type HistorySection } from '../history-sections';
import { PersonRecord, SECTION_MAX_ROWS } from '../person-record';
import type { StaffType } from '../staff-type';
import { readCell } from './cell-values';
import { splitFullName, splitTitle } from './full-name';
import { matchHeader } from './header-match';
import { fieldSpec, fieldsOfKind, type ImportField } from './import-fields';
import { type ImportProblem, type ImportProblemCode, ROW_REJECTING_CODES } from './import-problem';
import type { ColumnMapping, ImportPlan, SheetMapping } from './sheet-plan';
import type { GridCell, SheetGrid, WorkbookGrid } from './workbook-grid';

export interface ApplyOptions {
  /** called with rows done and rows in total, at the start, every few hundred rows and at the end */
  onProgress?: (done: number, total: number) => void;
  /** staff type for people rows with none (and no sheet-name default) */
  defaultStaffType?: StaffType;
  /** provenance timestamp; defaults to now */
  importedAt?: string;
}

export interface ImportResult {
  people: PersonRecord[];
  problems: ImportProblem[];
}

type Draft = Record<string, unknown> & { [S in HistorySection]?: unknown[] };

const PROGRESS_EVERY = 250;
/** Fields whose problems reject the row: nothing useful can be kept without them. */
const REQUIRED: ReadonlySet<ImportField> = new Set<ImportField>([
  'citizenId',
  'name.th.first',
  'name.th.full',
  'staffType',
  'leave.fiscalYear',
]);
const TOTAL_ROW = /^(รวม|ทั้งสิ้น|total|sum)/i;

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

interface RowRead {
  values: Map<ImportField, unknown>;
  problems: { column: string; code: ImportProblemCode; columnIndex: number }[];
  rejected: boolean;
  id: string | null;
  idColumn: ColumnMapping | undefined;
}

class Importer {
  readonly problems: (ImportProblem & { order: [number, number, number] })[] = [];
  readonly people = new Map<string, Draft>();
  readonly rejectedIds = new Set<string>();
  readonly sheetOrder: Map<string, number>;
  readonly importedAt: string;
  done = 0;
  total = 0;

  constructor(
    readonly workbook: WorkbookGrid,
    readonly plan: ImportPlan,
    readonly options: ApplyOptions,
  ) {
    this.sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
    this.importedAt = options.importedAt ?? new Date().toISOString();
  }

  report(sheet: string, row: number, column: string, code: ImportProblemCode, columnIndex = -1): void {
    this.problems.push({
      sheet,
      row,
      column,
      code,
      order: [this.sheetOrder.get(sheet) ?? 0, row, columnIndex],
    });
  }

  columnsOf(sheet: SheetMapping): ColumnMapping[] {
    const allowed = new Set(fieldsOfKind(sheet.kind));
    return this.plan.mapping.filter(
      (m) => m.sheet === sheet.sheet && m.field !== null && allowed.has(m.field),
    );
  }

  readRow(cells: (GridCell | null)[], columns: ColumnMapping[]): RowRead | null {
    // blank = nothing in any imported column: a pre-numbered template row (ลำดับ only), or one whose only content
    // is a computed column we do not import (อายุ, วันเกษียณ), has nothing to lose
    if (!columns.some((m) => m.field !== 'rowNumber' && (cells[m.column] ?? null) !== null)) return null;
    const idColumn = columns.find((m) => m.field === 'citizenId');
    const idCell = idColumn ? (cells[idColumn.column] ?? null) : null;
    // a header row repeated further down (files copied from printed reports repeat it on every page)
    if (idCell && matchHeader(idCell.text, 'people') === 'citizenId') return null;
    // a total row (รวม …) has no citizen ID, or the รวม label spreads over the ID column through a merge
    if (idCell === null || !/\d/.test(idCell.text)) {
      const isTotal = cells.some((c) => c !== null && TOTAL_ROW.test(c.text.replace(/\s/g, '')));
      if (isTotal && (idCell === null || TOTAL_ROW.test(idCell.text))) return null;
    }
    const out: RowRead = { values: new Map(), problems: [], rejected: false, id: null, idColumn };
    for (const m of columns) {
      const field = m.field as ImportField;
      const read = readCell(fieldSpec(field).kind, cells[m.column] ?? null, this.workbook.date1904);
      if (read === null) continue;
      if ('problem' in read) {
        out.problems.push({ column: m.header, code: read.problem, columnIndex: m.column });
        if (ROW_REJECTING_CODES.has(read.problem) || REQUIRED.has(field)) out.rejected = true;
      } else if (!out.values.has(field)) out.values.set(field, read.value);
    }
    out.id = (out.values.get('citizenId') as string | undefined) ?? null;
    if (out.id === null && !out.problems.some((p) => p.column === idColumn?.header)) {
      out.problems.push({
        column: idColumn?.header ?? fieldSpec('citizenId').headers[0] ?? '',
        code: 'REQUIRED_EMPTY',
        columnIndex: idColumn?.column ?? -1,
      });
      out.rejected = true;
    }
    return out;
  }

  async eachRow(sheet: SheetMapping, visit: (row: number, read: RowRead) => void): Promise<void> {
    const grid = this.workbook.sheets.find((s) => s.name === sheet.sheet) as SheetGrid;
    const columns = this.columnsOf(sheet);
    for (let r = sheet.dataRow - 1; r < grid.rows.length; r++) {
      const read = this.readRow(grid.rows[r] ?? [], columns);
      if (read) visit(r + 1, read);
      this.done++;
      if (this.done % PROGRESS_EVERY === 0) {
        this.options.onProgress?.(this.done, this.total);
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the page paint the progress bar
      }
    }
  }

  personRow(sheet: SheetMapping, row: number, read: RowRead): void {
    const { values, problems } = read;
    let rejected = read.rejected;
    const id = read.id;
    if (id !== null && this.people.has(id)) {
      problems.push({
        column: read.idColumn?.header ?? '',
        code: 'DUPLICATE_CITIZEN_ID',
        columnIndex: read.idColumn?.column ?? -1,
      });
      rejected = true;
    }
    const staffType =
      (values.get('staffType') as StaffType | undefined) ??
      sheet.defaultStaffType ??
      this.options.defaultStaffType;
    const staffColumn = this.plan.mapping.find((m) => m.sheet === sheet.sheet && m.field === 'staffType');
    if (!staffType && !problems.some((p) => p.column === staffColumn?.header)) {
      problems.push({
        column: staffColumn?.header ?? fieldSpec('staffType').headers[0] ?? '',
        code: 'REQUIRED_EMPTY',
        columnIndex: staffColumn?.column ?? -1,
      });
      rejected = true;
    }
    const hasLastColumn = this.plan.mapping.some(
      (m) => m.sheet === sheet.sheet && m.field === 'name.th.last',
    );
    const name = this.nameOf(values, hasLastColumn);
    const nameColumns = this.plan.mapping.filter(
      (m) => m.sheet === sheet.sheet && (m.field === 'name.th.first' || m.field === 'name.th.full'),
    );
    if (name.first === '' && !problems.some((p) => nameColumns.some((m) => m.header === p.column))) {
      const col = nameColumns[0];
      problems.push({ column: col?.header ?? 'ชื่อ', code: 'REQUIRED_EMPTY', columnIndex: col?.column ?? -1 });
      rejected = true;
    }
    for (const p of problems) this.report(sheet.sheet, row, p.column, p.code, p.columnIndex);
    if (rejected || id === null || !staffType) {
      if (id !== null && !this.people.has(id)) this.rejectedIds.add(id);
      return;
    }
    this.rejectedIds.delete(id);
    const draft: Draft = { citizenId: id, staffType, name: { th: name } };
    const touched = new Set<string>(['name']);
    for (const [field, value] of values) {
      if (field === 'citizenId' || field === 'staffType' || field.startsWith('name.th.')) continue;
      setPath(draft, field.split('.'), value);
      touched.add(field.split('.')[0] as string);
    }
    if (values.has('staffType')) touched.add('staffType');
    const names = draft.name as { th: unknown; en?: Record<string, string> };
    if (names.en) names.en = { title: '', first: '', middle: '', last: '', ...names.en };
    draft.provenance = {
      updatedAt: this.importedAt,
      sections: Object.fromEntries([...touched].map((k) => [k, 'import'])),
    };
    this.people.set(id, draft);
  }

  /** Name parts from separate columns, a ชื่อ-สกุล column, or a ชื่อ column holding the whole name. */
  nameOf(
    values: Map<ImportField, unknown>,
    hasLastColumn: boolean,
  ): { title: string; first: string; middle: string; last: string } {
    const get = (f: ImportField) => (values.get(f) as string | undefined) ?? '';
    // a sheet with only a ชื่อ column often holds "นายสมชาย ใจดี" in it
    if (!hasLastColumn && !values.has('name.th.full') && /\s/.test(get('name.th.first')))
      values.set('name.th.full', (values.get('name.th.first') as string | undefined) ?? '');
    let name = {
      title: get('name.th.title'),
      first: get('name.th.first'),
      middle: get('name.th.middle'),
      last: get('name.th.last'),
    };
    const full = get('name.th.full');
    if ((name.first === '' || full === name.first) && full !== '') {
      const split = splitFullName(full);
      name = {
        title: name.title || split.title,
        first: split.first,
        middle: name.middle || split.middle,
        last: name.last || split.last,
      };
    } else if (name.title === '' && !values.has('name.th.title') && name.first !== '') {
      const split = splitTitle(name.first);
      if (split.title !== '') name = { ...name, title: split.title, first: split.rest };
    }
    const title = normalizeTitle(name.title);
    if (title.recognized) name.title = title.canonical;
    return name;
  }

  sectionRow(sheet: SheetMapping, row: number, read: RowRead): void {
    const section = sheet.kind as HistorySection;
    const { problems } = read;
    let rejected = read.rejected;
    const id = read.id;
    const fields = [...read.values.keys()].filter((f) => f.startsWith(`${section}.`));
    if (fields.length === 0 && problems.every((p) => p.column === read.idColumn?.header)) {
      // the row lists the person with nothing for this section: only a bad or missing ID is worth reporting
      for (const p of problems) this.report(sheet.sheet, row, p.column, p.code, p.columnIndex);
      return;
    }
    const person = id === null ? undefined : this.people.get(id);
    if (id !== null && !person) {
      const code = this.rejectedIds.has(id) ? 'PERSON_REJECTED' : 'UNKNOWN_PERSON';
      problems.push({ column: read.idColumn?.header ?? '', code, columnIndex: read.idColumn?.column ?? -1 });
      rejected = true;
    }
    if (
      section === 'leave' &&
      !read.values.has('leave.fiscalYear') &&
      !problems.some((p) => p.code === 'NUMBER_INVALID')
    ) {
      const col = this.plan.mapping.find((m) => m.sheet === sheet.sheet && m.field === 'leave.fiscalYear');
      problems.push({
        column: col?.header ?? 'ปีงบประมาณ',
        code: 'REQUIRED_EMPTY',
        columnIndex: col?.column ?? -1,
      });
      rejected = true;
    }
    const rows = (person?.[section] ?? []) as unknown[];
    if (!rejected && rows.length >= SECTION_MAX_ROWS[section]) {
      problems.push({
        column: read.idColumn?.header ?? '',
        code: 'TOO_MANY_ROWS',
        columnIndex: read.idColumn?.column ?? -1,
      });
      rejected = true;
    }
    for (const p of problems) this.report(sheet.sheet, row, p.column, p.code, p.columnIndex);
    if (rejected || !person) return;
    const value: Record<string, unknown> = {};
    for (const f of fields) value[f.slice(section.length + 1)] = read.values.get(f);
    rows.push(HISTORY_SECTIONS[section].parse(value));
    person[section] = rows;
    (person.provenance as { sections: Record<string, string> }).sections[section] = 'import';
  }

  async run(): Promise<ImportResult> {
    const sheets = this.plan.sheets.filter((s) => this.workbook.sheets.some((g) => g.name === s.sheet));
    for (const s of sheets) {
      const grid = this.workbook.sheets.find((g) => g.name === s.sheet) as SheetGrid;
      if (s.headerRow === 0) {
        if (grid.rows.some((row) => row.some((c) => c !== null)))
          this.report(s.sheet, 1, '', 'HEADER_NOT_FOUND');
        continue;
      }
      this.total += Math.max(0, grid.rows.length - (s.dataRow - 1));
    }
    this.options.onProgress?.(0, this.total);
    const active = sheets.filter((s) => s.headerRow > 0);
    for (const s of active.filter((x) => x.kind === 'people'))
      await this.eachRow(s, (row, read) => this.personRow(s, row, read));
    for (const s of active.filter((x) => x.kind !== 'people'))
      await this.eachRow(s, (row, read) => this.sectionRow(s, row, read));
    this.options.onProgress?.(this.total, this.total);
    const problems = this.problems
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2])
      .map(({ sheet, row, column, code }) => ({ sheet, row, column, code }));
    return { people: [...this.people.values()].map((d) => PersonRecord.parse(d)), problems };
  }
}

/**
 * Imports the rows of a read workbook by a plan (planWorkbook's suggestion or the officer's correction). Every
 * non-blank row ends up either in `people` or in `problems`; blank rows and total rows (รวม …) are skipped.
 */
export function applyMapping(
  workbook: WorkbookGrid,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ImportResult> {
  return new Importer(workbook, plan, options).run();
}
