import type { FormControl } from './detected-field';
import { boxesIn, captionAfter, captionBelowInCell, divHeaderLabel, gridCellLabel } from './grid-captions';
import { normalizeLabel } from './normalize-label';
import { hasWords, textOf } from './section-captions';
import { labeledInputCaption, trailingCaption, trailingText } from './trailing-text';

/** Where a piece of label text came from; sources are kept apart and weighted, never merged into one string. */
export type EvidenceSource =
  | 'label'
  | 'aria'
  | 'tableColumn'
  | 'headerRow'
  | 'sibling'
  | 'definition'
  | 'placeholder'
  | 'title'
  | 'name';

export interface Evidence {
  source: EvidenceSource;
  text: string;
}

function tableColumnLabel(el: FormControl, captioned: boolean): string {
  let cell = el.closest('td, th');
  // A layout table inside the field's cell (ASP.NET RadioButtonList, 13 ID squares with "-" cells): its cells have
  // no caption of their own, the cell holding the table has it on its left.
  for (let depth = 0; cell && depth < 2; depth++, cell = cell.parentElement?.closest('td, th') ?? null) {
    let prev = cell.previousElementSibling;
    // The label cell is the nearest earlier cell that holds words and no control of its own (a tick box that picks
    // the row to change, "☐ ชื่อ (ภาษาไทย)", is no control of the row's value).
    while (prev && (prev.querySelector(VALUE_BOX) || !WORDS.test(textOf(prev)))) {
      // "ที่อยู่ เลขที่ | [ ] | หมู่ [ ] | ตำบล [ ]": past another box's cell, a box captioned in its own cell is not
      // the line's caption's
      if (captioned && prev.querySelector('input, select, textarea')) return '';
      prev = prev.previousElementSibling;
    }
    if (prev) return textOf(prev);
  }
  return '';
}

/** A caption that says only which value of an item a box holds: the old one, the new one, the right one. */
const WHICH_VALUE =
  /^(ข้อมูล|เลขที่|ค่า)?(ที่)?(บันทึกไว้|ปรากฏ|มีอยู่)?(เดิม|ใหม่|ถูกต้อง|แก้ไขเป็น|เปลี่ยนเป็น|old|new|current|correct)/;

const WORDS = /[ก-ฮa-z]/i;

/** The text of the nearest section row above a box's row (one cell across the table), its item number left out. */
function itemRowAbove(el: FormControl): string {
  for (let row = el.closest('tr')?.previousElementSibling; row; row = row.previousElementSibling) {
    if (row.querySelector('input, select, textarea')) continue;
    if (row.children.length !== 1) return '';
    return textOf(row).replace(/^[0-9๐-๙]{1,2}[.)] ?/, '');
  }
  return '';
}
const VALUE_BOX = 'input:not([type="checkbox"]), select, textarea';

/**
 * `<strong>เลขประจำตัวประชาชน</strong> <label>ข้อมูลในระบบ [ ]</label> <label>ข้อมูลที่ถูกต้อง [ ]</label>`: the item a line
 * of old and new values is about, in the words before them on the line (the value boxes' captions left out).
 */
function itemBeforeInLine(el: FormControl): string {
  let node: Element | null = el.closest('label') ?? el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(VALUE_BOX) || prev.querySelector(VALUE_BOX)) continue;
      const text = textOf(prev);
      if (!WORDS.test(text) || WHICH_VALUE.test(normalizeLabel(text))) continue;
      return text.length <= 60 ? text : '';
    }
    if (node.parentElement?.matches('form, body, td, tr, table, fieldset')) break;
  }
  return '';
}

function headerRowLabel(el: FormControl): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return '';
  let column = 0;
  for (const c of Array.from(row.children)) {
    if (c === cell) break;
    column += (c as HTMLTableCellElement).colSpan || 1;
  }
  // the first body row of a table reads its captions from the table's thead
  const head =
    (row.parentElement as HTMLTableSectionElement | null)?.tagName === 'TBODY'
      ? row.closest('table')?.tHead
      : null;
  let above = row.previousElementSibling ?? head?.querySelector('tr:last-child') ?? null;
  // (the second and later rows of a table of records read the same header row, over the rows of boxes above them)
  const boxes = (r: Element) => r.querySelector('input, select, textarea') !== null;
  while (above && boxes(above) && row.children.length >= 3 && above.children.length === row.children.length)
    above =
      above.previousElementSibling ??
      (above.parentElement === row.parentElement ? (head?.querySelector('tr:last-child') ?? null) : null);
  if (!above || boxes(above)) return '';
  // one cell spanning a row of several cells is a section row ("ที่อยู่ตามทะเบียนบ้าน"), not this column's caption —
  // unless the row is nothing but boxes (13 ID squares under "เลขประจำตัวประชาชน")
  if (above.children.length === 1 && row.children.length > 1 && WORDS.test(textOf(row))) return '';
  let at = 0;
  for (const c of Array.from(above.children)) {
    const span = (c as HTMLTableCellElement).colSpan || 1;
    if (column >= at && column < at + span) return textOf(c);
    at += span;
  }
  return '';
}

function siblingText(el: Element): string {
  const parts: string[] = [];
  let node = el.previousSibling;
  while (node && parts.join('').length < 60) {
    // another box, or another box's caption (a label for it, a label around it), ends this box's caption
    if (
      node.nodeType === Node.ELEMENT_NODE &&
      // (a heading above the box heads its section: "<h4>ที่อยู่</h4><input placeholder="บ้านเลขที่">" is no address line)
      ((node as Element).matches('input, select, textarea, br, label[for], h1, h2, h3, h4, h5, h6') ||
        (node as Element).querySelector('input, select, textarea'))
    ) {
      // "ชื่อ<br><input>": a caption on the line just above its box, in the same cell
      if ((node as Element).tagName === 'BR' && parts.length === 0) {
        node = node.previousSibling;
        continue;
      }
      break;
    }
    // an icon before the box says what it is in its alt text ("<img alt="ชื่อ"><input>")
    const text = (
      (node as Element).tagName === 'IMG' ? (node as Element).getAttribute('alt') : node.textContent
    )?.trim();
    if (text) parts.unshift(text);
    node = node.previousSibling;
  }
  return parts.join(' ').trim();
}

/**
 * `เลขประจำตัวประชาชน<table><tr><td>[ ]</td><td>-</td><td>[ ]</td>…</table>`: a table holding only boxes and separators
 * is laid out for one field, which the words right before the table name.
 */
function layoutTableCaption(el: FormControl): string {
  const table = el.closest('table');
  return !table || hasWords(table) ? '' : siblingText(table);
}

function definitionTerm(el: FormControl): string {
  const dd = el.closest('dd');
  let dt = dd?.previousElementSibling;
  // (an empty <dt> goes on with the entry before it: "ผู้ค้ำประกัน ชื่อ-สกุล [ ]" then "&nbsp; | ถือบัตร… [ ]")
  while (dt && (dt.tagName !== 'DT' || !textOf(dt))) dt = dt.previousElementSibling;
  return dt ? textOf(dt) : '';
}

/** Words that caption a part of one field (a date's day/month/year) rather than a field of its own. */
export const PART_WORD =
  /^(วันที่|วัน|เดือน|ปี( ?\(?(พ|ค)\.ศ\.?\)?)?|พ\.ศ\.?|ค\.ศ\.?|day|month|year|dd|mm|yyyy)( ?เกิด)?$/;

/** The word between a range's two ends ("[ ] ถึง [ ]"): it names neither box. */
export const RANGE_WORD = /^(ถึง|to)$/i;

/** A caption of the box's own: words (not a "-" between ID boxes), and not a date part's. */
function ownCaption(text: string): boolean {
  const t = normalizeLabel(text);
  return /[ก-ฮa-z]/.test(t) && !PART_WORD.test(t) && !RANGE_WORD.test(t);
}

/** Strips ASP.NET and framework prefixes from name/id (ctl00$ContentPlaceHolder1$txtFName → txtFName). */
export function bareName(name: string): string {
  return (
    name
      .split(/[$:]/)
      .pop()
      ?.replace(/^ctl\d+_/, '')
      .replace(/^(ContentPlaceHolder\d*|MainContent)_/, '') ?? name
  );
}

/**
 * The <label> elements of each control, found in one pass over the document. `element.labels` is equivalent but
 * walks the whole document on every call, which is too slow for pages with hundreds of controls.
 */
export function indexLabels(doc: Document): Map<Element, HTMLLabelElement[]> {
  const index = new Map<Element, HTMLLabelElement[]>();
  for (const label of Array.from(doc.querySelectorAll('label'))) {
    const control = label.control;
    if (control) index.set(control, [...(index.get(control) ?? []), label]);
  }
  return index;
}

/** Every label-like text around a control, with where it came from. */
/**
 * `<label>ชื่อ <input> <span>ต้องตรงกับบัตรประชาชน</span></label>`: a label wrapped around its box is captioned by
 * the words before the box; what follows is help or a validation message (which names other fields). Labels with
 * no words before the box ("<label><input> ยอมรับ</label>") keep all their text.
 */
function wrappingLabelText(label: HTMLLabelElement, el: FormControl): string {
  let before = '';
  const walker = label.ownerDocument.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    before += t.nodeValue ?? '';
  }
  return before.trim() ? before : textOf(label);
}

export function labelEvidence(el: FormControl, labels?: Map<Element, HTMLLabelElement[]>): Evidence[] {
  const out: Evidence[] = [];
  const add = (source: EvidenceSource, text: string | null | undefined) => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push({ source, text: t });
  };
  for (const label of labels ? (labels.get(el) ?? []) : Array.from(el.labels ?? []))
    add('label', label.contains(el) ? wrappingLabelText(label, el) : textOf(label));
  add('aria', el.getAttribute('aria-label'));
  const labelledBy = el.getAttribute('aria-labelledby');
  // ("s1 l_name": the section's caption that every box of the section points at comes after the box's own caption)
  if (labelledBy)
    // (a caption several boxes point at, "ชื่อ - นามสกุล" over [คำนำหน้า] [ชื่อ] [นามสกุล], weighs as a header)
    for (const id of labelledBy.split(/\s+/).sort((a, b) => sharedBy(el, a) - sharedBy(el, b)))
      add(sharedBy(el, id) > 1 ? 'headerRow' : 'aria', textOf(el.ownerDocument.getElementById(id)));
  // a box whose only caption is a description it points at (aria-describedby) is named by it
  const describedBy = el.getAttribute('aria-describedby');
  if (describedBy && out.length === 0)
    for (const id of describedBy.split(/\s+/)) add('aria', textOf(el.ownerDocument.getElementById(id)));
  const sibling = trailingCaption(el) || trailingText(el) || labeledInputCaption(el) || siblingText(el);
  // A box with its own caption in a cell of several boxes ("บ้านเลขที่ | [ ] หมู่ที่ [ ] ถนน [ ]"): the cell on its
  // left labels the first box or the line, not this one. Date parts and ID separators are not own captions.
  // ("บ้านเลขที่ | เดิม [ ] ใหม่ [ ]": a caption saying only which value it is leaves what it is to the row's caption)
  const captioned = ownCaption(sibling) && !WHICH_VALUE.test(normalizeLabel(sibling));
  const cell = el.closest('td, th');
  if (!(captioned && cell && boxesIn(cell) > 1)) {
    const column = tableColumnLabel(el, captioned);
    add('tableColumn', column);
    add('headerRow', headerRowLabel(el));
    // "๒. วันเดือนปีเกิด" over "ข้อมูลเดิม [ ]" and "ข้อมูลที่ถูกต้อง [ ]": the item is named by the section row above
    if (WHICH_VALUE.test(normalizeLabel(column))) add('headerRow', itemRowAbove(el));
  }
  add('headerRow', divHeaderLabel(el));
  // (a line of old and new values of one item outside a table: its item in the words before them)
  const own = out.find((e) => e.source === 'label' || e.source === 'aria')?.text || sibling;
  if (own && WHICH_VALUE.test(normalizeLabel(own)) && !el.closest('td'))
    add('headerRow', itemBeforeInLine(el));
  // (a group of boxes named as one, <div role="group" aria-label="เลขประจำตัวประชาชน"> around 13 one-digit boxes)
  add('headerRow', el.closest('[role="group"][aria-label]')?.getAttribute('aria-label'));
  // (or pointing at its caption: <div id="dob">วัน เดือน ปีเกิด</div><div role="group" aria-labelledby="dob">[วันที่ ▾]…)
  const group = el.closest('[role="group"][aria-labelledby]');
  if (group && group.getAttribute('aria-labelledby') !== el.getAttribute('aria-labelledby'))
    for (const id of (group.getAttribute('aria-labelledby') ?? '').split(/\s+/))
      add('headerRow', textOf(el.ownerDocument.getElementById(id)));
  add('sibling', sibling);
  // (a box with a placeholder of its own in a flat grid of boxes: the words before the grid head the section, not it)
  const placeholder = el.getAttribute('placeholder');
  add('sibling', gridCellLabel(el, captioned || ownCaption(placeholder ?? '')));
  // (the same for a <dd> of captioned boxes: its <dt> says whose they are, each box's own caption what it is)
  // (unless that caption only says which value it is, "ที่บันทึกไว้เดิม: [ ][ ][ ]", "ที่ถูกต้อง: [ ][ ][ ]": the <dt> says what)
  const dd = el.closest('dd');
  if (!(captioned && dd && boxesIn(dd) > 1) || WHICH_VALUE.test(normalizeLabel(sibling)))
    add('definition', definitionTerm(el));
  // "เช่น ที่ว่าการอำเภอเมืองลำปาง" is an example value, not what the box is
  if (!/^\s*(เช่น|ตัวอย่าง|e\.g\.|ex\.|example)/i.test(placeholder ?? '')) add('placeholder', placeholder);
  add('title', el.getAttribute('title'));
  if (el instanceof HTMLSelectElement) add('placeholder', promptOption(el));
  // with no caption of its own (a format hint at most): the words before a layout table of boxes, or a grid's
  // captions after the boxes
  if (out.every((e) => e.source === 'placeholder' || e.source === 'title'))
    add('sibling', layoutTableCaption(el) || captionAfter(el) || captionBelowInCell(el));
  add('name', bareName(el.getAttribute('name') || el.id || ''));
  return out;
}

/** How many controls name themselves by this element (aria-labelledby): one box's caption, or a whole section's. */
function sharedBy(el: Element, id: string): number {
  return Math.min(2, el.ownerDocument.querySelectorAll(`[aria-labelledby~="${CSS.escape(id)}"]`).length);
}

/**
 * A list's empty first choice that says what to choose ("-- บัตรออกให้ ณ จังหวัด --", "-- เลือกจังหวัด --"): the list's
 * placeholder. ("-- เลือก --" alone says nothing.)
 */
function promptOption(select: HTMLSelectElement): string {
  const first = select.options[0];
  if (first?.value !== '') return '';
  const text = first.text
    .replace(/^[\s\-=*[(<]+|[\s\-=*\])>]+$/g, '')
    .replace(/^(กรุณา)?(เลือก|ระบุ)|^(please )?(select|choose)( an?)?/i, '')
    .trim();
  // (a date part alone, "-- เดือน --", is what the list's options already say; the caption of the date says whose; and
  // "-- เลือกจังหวัดก่อน --" names the list to choose first, not this one)
  // ("-- เดือนเกิด --" says more: the birth month, where nothing else captions the list)
  const part = normalizeLabel(text).replace(/ ?(พ\.ศ\.?|ค\.ศ\.?)$/, '');
  return (PART_WORD.test(part) && !/เกิด$/.test(part)) || /ก่อน$|first$/i.test(text) ? '' : text;
}

/**
 * The caption on the left of a cell holding several captioned boxes ("ผู้มีสิทธิรับเงินค่าทำศพ | [ ] เลขประจำตัว
 * ประชาชน [ ]"): not what any box is, but whose they all are.
 */
export function rowOwnerCaption(el: FormControl): string {
  const cell = el.closest('td, th, dd');
  if (!cell || boxesIn(cell) < 2 || !ownCaption(siblingText(el))) return '';
  return normalizeLabel(cell.tagName === 'DD' ? definitionTerm(el) : tableColumnLabel(el, false));
}

/** The best human label for the preview: explicit label first, then the table cell, then the rest. */
export function displayLabel(evidence: readonly Evidence[]): string {
  return (
    evidence
      .find((e) => e.source !== 'name')
      ?.text.replace(/[*:]/g, '')
      .trim() ?? ''
  );
}
