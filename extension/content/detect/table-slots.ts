// Table reasoning for page slots: rows that repeat one record each, lists of people by name, and side-by-side people
// in columns. Split out of page-slots.ts, which decides the page's sections and calls these per control.
import type { FormControl } from './detected-field';
import { normalizeLabel } from './normalize-label';
import type { Slot } from './page-slots';
import { AS_ON_CARD, contextVerdict, OLD_VALUE } from './whose-form';

export const CONTROLS = 'input, select, textarea';
/** A new name asked for (ชื่อที่ขอเปลี่ยนใหม่), which no card shows yet; "ที่ขอแก้ไข" corrects the record to the card. */
const REQUESTED = /ขอเปลี่ยน/;
/** A column of the papers that prove a value ("เอกสารอ้างอิง | สูติบัตร"), or of remarks: nobody's value in it. */
const EVIDENCE_COLUMN = /^(เอกสาร|หลักฐาน|แนบ|หมายเหตุ|evidence|document|attachment|remark)/;
const EVIDENCE: Slot = { kind: 'records', index: 0, explicit: false };

/** A column of new values ("ข้อมูลใหม่", "แก้ไขเป็น") next to the old ones. */
export const NEW_COLUMN = /ใหม่|แก้ไขเป็น|เปลี่ยน(แปลง)? ?เป็น|ที่ขอแก้ไข|ที่ถูกต้อง|\bnew\b|\bchange to\b/;

/** Rows of a table that repeat one record per row (children, coordinators, history): no labels, only numbers. */
export function makeRowTest(controlsPerRow: Map<Element, number>): (el: FormControl) => boolean {
  const cache = new Map<Element, { controls: number; labelled: boolean; hints: string[] }>();
  const shape = (row: Element | null) => {
    if (row?.tagName !== 'TR' || !row) return null;
    let s = cache.get(row);
    if (!s) {
      let labelled = false;
      for (let cell = row.firstElementChild; cell && !labelled; cell = cell.nextElementSibling) {
        const own = ownText(cell);
        // (row numbers in Thai digits, "๑", are numbers too)
        if (own && !/^[\d๐-๙]{1,3}\.?$/.test(own)) labelled = true;
      }
      const hints = Array.from(row.querySelectorAll(CONTROLS), (c) => c.getAttribute('placeholder') ?? '');
      s = { controls: controlsPerRow.get(row) ?? 0, labelled, hints };
      cache.set(row, s);
    }
    return s;
  };
  // A list of people by name: a "ชื่อ-สกุล" column of plain text over two or more rows of boxes (a confirmation list,
  // a salary list): each row is that person's, whatever text the rows carry.
  const lists = new Map<Element, boolean>();
  const listsNames = (table: HTMLTableElement | null) => {
    if (!table) return false;
    let v = lists.get(table);
    if (v === undefined) {
      const [header, ...rows] = Array.from(table.rows);
      const data = rows.filter((r) => controlsPerRow.get(r));
      v = false;
      if (header && !controlsPerRow.get(header) && data.length > 1)
        for (let c = 0, col = 0; c < header.cells.length; col += header.cells[c]?.colSpan || 1, c++)
          if (NAME_CAPTION.test(normalizeLabel(header.cells[c]?.textContent ?? '')))
            v ||= data.every((r) => {
              const cell = cellAt(r, col);
              return cell !== null && !cell.querySelector(CONTROLS) && ownText(cell) !== '';
            });
      lists.set(table, v);
    }
    return v;
  };
  return (el) => {
    const row = el.closest('tr');
    const me = shape(row);
    if (!row || !me) return false;
    if (listsNames(row.closest('table'))) return true;
    if (me.labelled) return false;
    const same = (other: Element | null) => {
      const s = shape(other);
      // (placeholder-only rows that share no hint are one form's lines, "บ้านเลขที่ หมู่ ซอย" over "ตำบล อำเภอ"; a
      // list's rows repeat theirs)
      const distinct =
        me.hints.every((h) => h !== '') && s?.hints.every((h) => h !== '' && !me.hints.includes(h));
      return s !== null && !s.labelled && s.controls === me.controls && !distinct;
    };
    return same(row.previousElementSibling) || same(row.nextElementSibling);
  };
}

const NAME_CAPTION = /^(ชื่อ|name\b|full ?name)/;

/** The row above, across the start of a table body into its <thead> (the column captions are often there). */
function rowAbove(row: Element): Element | null {
  const body = row.parentElement;
  const head = body?.tagName === 'TBODY' ? body.previousElementSibling : null;
  return row.previousElementSibling ?? (head?.tagName === 'THEAD' ? head.lastElementChild : null);
}

/** The cell of a row at a column, counting colspans. */
function cellAt(row: Element, column: number): Element | null {
  let at = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    at += (c as HTMLTableCellElement).colSpan || 1;
    if (column < at) return c;
  }
  return null;
}

/**
 * Side-by-side people in one table ("ข้อมูลบิดา | ข้อมูลมารดา" over label/box column pairs): the header cell above a
 * control's column, however many rows up, says whose column it is.
 */
export function makeColumnTest(
  controlsPerRow: Map<Element, number>,
  persons: number,
): (el: FormControl) => Slot | 'old' | 'new' | null {
  const headerOf = new Map<Element, Element | null>();
  const cellSlots = new Map<Element, Slot | 'old' | 'new' | null>();
  let next = persons;
  const headerAbove = (row: Element): Element | null => {
    const walked: Element[] = [];
    let found: Element | null = null;
    for (let r = rowAbove(row); r; r = rowAbove(r)) {
      const known = headerOf.get(r);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(r);
      if (r.tagName !== 'TR') break;
      if ((controlsPerRow.get(r) ?? 0) > 0) continue;
      if (r.children.length >= 2) found = r; // a row of captions; a one-cell row is a new section and stops
      break;
    }
    headerOf.set(row, found);
    for (const r of walked) if ((controlsPerRow.get(r) ?? 0) > 0) headerOf.set(r, found);
    return found;
  };
  return (el) => {
    const cell = el.closest('td, th');
    const row = cell?.parentElement;
    if (!cell || row?.tagName !== 'TR') return null;
    const header = headerAbove(row);
    if (!header) return null;
    let column = 0;
    for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling)
      column += (c as HTMLTableCellElement).colSpan || 1;
    const c = cellAt(header, column);
    if (!c) return null;
    let slot = cellSlots.get(c);
    if (slot === undefined) {
      const text = normalizeLabel(c.textContent ?? '');
      const verdict = contextVerdict(text);
      const change = OLD_VALUE.test(text) || NEW_COLUMN.test(text);
      // "ชื่อเดิม (ตามบัตรประจำตัวประชาชน) | ชื่อที่ขอเปลี่ยนใหม่": where a header says which column is as on the card,
      // that one holds the card's data and the other is not (a name change asks for a name no card shows yet)
      const cardColumn = Array.from(header.children).some((h) =>
        AS_ON_CARD.test(normalizeLabel(h.textContent ?? '')),
      );
      slot =
        change && cardColumn
          ? AS_ON_CARD.test(text)
            ? 'new'
            : 'old'
          : // ("เดิม / ใหม่": one column of both, each box then saying which it is, is neither)
            (OLD_VALUE.test(text) && !NEW_COLUMN.test(text)) ||
              (NEW_COLUMN.test(text) && REQUESTED.test(text))
            ? 'old'
            : EVIDENCE_COLUMN.test(text)
              ? EVIDENCE
              : verdict === 'person' || verdict === 'unnamedRole'
                ? { kind: 'person', index: ++next, explicit: true }
                : // a column header may take the holder's fields away, never give them: it only ever abstains
                  verdict === 'organisation' || verdict === 'search' || verdict === 'records'
                  ? { kind: verdict, index: 0, explicit: true }
                  : (verdict === 'neutral' || verdict === 'holder') && NEW_COLUMN.test(text)
                    ? 'new'
                    : null;
      cellSlots.set(c, slot);
    }
    return slot;
  };
}

/** A cell's own words: its text without what option lists and controls hold. */
function ownText(cell: Element): string {
  let text = '';
  for (let node = cell.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === Node.ELEMENT_NODE && !OWN_TEXT_SKIP.has((node as Element).tagName))
      text += ownText(node as Element);
  }
  return text.replace(/[\s:*]+/g, ' ').trim();
}

const OWN_TEXT_SKIP = new Set(['SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE']);

const isShortBox = (el: FormControl) =>
  el instanceof HTMLInputElement && el.maxLength > 0 && el.maxLength <= 5;

/** "note[501]" → "note": the name of a box keyed by a number, without its key. */
const indexedKey = (name: string) => /^(.+)\[\d+\]$/.exec(name)?.[1];

/**
 * Whether a box is one row of a list by its name, whatever the layout: name="child_name[]" twice, "items[0][issuer]"
 * (a field of an indexed entry, however many rows there are yet), "note[501]" beside "note[502]" in other table rows
 * (rows keyed by their record's id; in one row, "birth[1]" "birth[2]" "birth[3]" are the parts of one value).
 */
export function makeListNameTest(controls: readonly FormControl[]): (el: FormControl) => boolean {
  const arrays = new Map<string, number>();
  const keyed = new Map<string, Set<Element | null>>();
  // (short boxes under one array name are the parts of one value: 13 ID squares named pid[])
  for (const el of controls) {
    if (el.name.endsWith('[]') && !isShortBox(el)) arrays.set(el.name, (arrays.get(el.name) ?? 0) + 1);
    const key = indexedKey(el.name);
    if (key) keyed.set(key, (keyed.get(key) ?? new Set()).add(el.closest('tr')));
  }
  const inRows = (name: string) => {
    const rows = keyed.get(indexedKey(name) ?? '');
    return rows !== undefined && rows.size > 1 && !rows.has(null);
  };
  return (el) => (arrays.get(el.name) ?? 0) > 1 || /\w\[\d+\]\[\w+\]/.test(el.name) || inRows(el.name);
}
