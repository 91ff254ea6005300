import type { FormControl } from './detected-field';
import { textOf } from './section-captions';

// Captions of boxes laid out in grids of divs and in form-table cells rather than next to the box in one line: after
// the box, under it, before its wrappers, or in a header row of divs above (label-evidence.ts reads them as evidence).

const BOXES =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]), select, textarea';
export const boxesIn = (el: Element) => el.querySelectorAll(BOXES).length;

/**
 * `<div class="g"><div><input><span>ชื่อ</span></div><div><input><span>นามสกุล</span></div>…`: a grid whose cells all
 * put the caption after the box (three cells or more, so a help text after one box is never taken for its caption).
 */
export function captionAfter(el: FormControl): string {
  const cell = el.parentElement;
  const next = el.nextElementSibling;
  if (!cell || !next || cell.children.length !== 2 || next.querySelector('input, select, textarea'))
    return '';
  const grid = cell.parentElement;
  let alike = 0;
  for (let c = grid?.firstElementChild; c && alike < 3; c = c.nextElementSibling)
    if (
      c.children.length === 2 &&
      c.firstElementChild?.matches('input, select, textarea') &&
      c.lastElementChild?.matches('span, label, small')
    )
      alike++;
  return alike >= 3 ? (next.textContent ?? '').trim() : '';
}

/**
 * `<td><input><br><font size="1">ชื่อ (ภาษาไทย)</font></td>`: a form table whose cells put a small caption under the box
 * (three such cells or more in the table, as for the grids above).
 */
export function captionBelowInCell(el: FormControl): string {
  const cell = el.parentElement;
  if (!cell?.matches('td') || cell.firstElementChild !== el || (cell.firstChild?.textContent ?? '').trim())
    return '';
  const below = (c: Element) => {
    const last = c.lastElementChild;
    return c.firstElementChild?.matches('input, select, textarea') &&
      last?.matches('font, span, small, div') &&
      !last.querySelector('input, select, textarea') &&
      c.querySelectorAll('input, select, textarea').length === 1
      ? textOf(last)
      : '';
  };
  const caption = below(cell);
  if (!caption) return '';
  let alike = 0;
  for (const c of Array.from(cell.closest('table')?.querySelectorAll('td') ?? []))
    if (below(c) && ++alike >= 3) break;
  return alike >= 3 ? caption : '';
}

/** Div grids: the label sits in the element before the control's wrapper (one or two levels up). */
export function gridCellLabel(el: FormControl, captioned: boolean): string {
  // a radio button's own label is its choice ("ชาย"): the group's caption is outside it
  let node: Element | null =
    el.type === 'radio' ? (el.closest('label')?.parentElement ?? el.parentElement) : el.parentElement;
  // (up to four wrappers: a UI kit's select is input → .el-input → .el-select → .el-form-item__content, its caption
  // beside the last; each level must still hold this one box)
  const group = el.type === 'radio' ? el.closest('[role="radiogroup"]') : null;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.matches('td, dd, label, form, body')) return '';
    // a line of captioned boxes ("เลขที่ [ ] หมู่ที่ [ ]"): the element before it heads the line, not each box
    if (captioned && boxesIn(node) > 1) return '';
    const prev = node.previousElementSibling;
    // a heading before the wrapper names the section, not the field
    if (
      prev &&
      !prev.querySelector('input, select, textarea') &&
      !prev.matches('input, select, textarea, h1, h2, h3, h4, h5, h6, legend') &&
      // (nor a card's or panel's title: "<div class="mat-mdc-card-title">๑๓. ตำแหน่งและอัตราเงินเดือน</div>")
      !prev.matches('[class*="title"], [class*="header"], [class*="heading"]')
    ) {
      const text = textOf(prev);
      if (text && text.length <= 60) return text;
    }
    const siblings = node.parentElement?.querySelectorAll('input, select, textarea');
    // (the other choices of a radio group are the same field)
    if (group && siblings && Array.from(siblings).every((b) => group.contains(b))) continue;
    if (siblings?.length !== 1) return siblings ? digitBoxesCaption(node.parentElement, siblings) : '';
  }
  return '';
}

/** One caption before a wrapper of short boxes (13 ID squares, dd/mm/yyyy) labels every box in it. */
function digitBoxesCaption(group: Element | null, boxes: NodeListOf<Element>): string {
  if (!group || boxes.length < 2 || boxes.length > 13) return '';
  for (const b of Array.from(boxes))
    if (!(b instanceof HTMLInputElement) || b.maxLength <= 0 || b.maxLength > 5) return '';
  const cap = group.previousElementSibling;
  if (!cap || cap.querySelector('input, select, textarea') || cap.matches('h1, h2, h3, h4, h5, h6, legend'))
    return '';
  const text = textOf(cap);
  return text.length <= 60 ? text : '';
}

/** Div grids with their captions in a row of their own above the row of boxes (a header row made of divs). */
export function divHeaderLabel(el: FormControl): string {
  let cell: Element | null = el.parentElement;
  for (let depth = 0; cell && depth < 3; depth++, cell = cell.parentElement) {
    if (cell.matches('td, th, tr, table, form, body, label')) return '';
    const row = cell.parentElement;
    let above = row?.previousElementSibling;
    // rows of boxes of the same grid in between: "ข้อมูลเดิม | ข้อมูลใหม่" heads every row under it, not the first only
    for (let rows = 0; above && rows < 30 && above.childElementCount === row?.childElementCount; rows++) {
      if (!above.querySelector('input, select, textarea')) break;
      above = above.previousElementSibling;
    }
    if (
      row &&
      above &&
      row.childElementCount >= 2 &&
      above.childElementCount === row.childElementCount &&
      !above.querySelector('input, select, textarea')
    ) {
      // a tab strip over its panes is no header row ("ข้อมูลผู้ขอโอน | คณะกรรมการ | สรุปผล" over the first pane's three
      // rows): each tab names its pane as a section (named-groups.ts), not each box in it; only a pane that is the
      // box's own parent is named by the tab whose link points to it
      const tabs = above.querySelectorAll('a[href^="#"], [role="tab"]');
      const text =
        tabs.length > 0
          ? depth === 0 && cell.id
            ? textOf(Array.from(tabs).find((a) => a.getAttribute('href') === `#${cell?.id}`))
            : ''
          : textOf(above.children[Array.prototype.indexOf.call(row.children, cell)]);
      return text.length <= 40 ? text : '';
    }
  }
  return '';
}
