import { CONTROLS } from './table-slots';
import { contextVerdict } from './whose-form';

/**
 * Section captions that no heading tag or known class name marks: in `<div class="s"><div class="t">ย้ายเข้าไปอยู่</div>
 * <div class="r">…</div><div class="r">…</div></div>` the first child, holding words and no control, heads the rows of
 * boxes after it. Two such rows at least, so a row's own label cell ("<div>ชื่อ</div><input>") never counts.
 */
export function sectionCaptions(controls: readonly Element[]): Element[] {
  const checked = new Set<Element>();
  const found: Element[] = [];
  for (const control of controls) {
    let node = control.parentElement;
    for (let depth = 0; node && depth < 4 && !node.matches('form, body, table, tr, td, th'); depth++) {
      if (checked.has(node)) break; // its ancestors were checked from an earlier control
      checked.add(node);
      const first = node.firstElementChild;
      if (
        first &&
        /^(DIV|SPAN|P)$/.test(first.tagName) &&
        !first.querySelector(CONTROLS) &&
        rowsAfter(first) >= 2
      )
        found.push(first);
      node = node.parentElement;
    }
  }
  return [...found, ...captionsBeforeBlocks(controls)].filter(
    // (a tab strip, "ข้อมูลที่ขอแก้ไข | ผู้ตรวจสอบ", is no caption: each tab names its own pane, named-groups.ts)
    (caption) =>
      !labelsSomething(caption) &&
      !caption.matches('[role="tablist"]') &&
      !caption.querySelector('[role="tab"]'),
  );
}

/**
 * `<div class="t">3. ผู้โอน (เจ้าของเดิม)</div><table>…boxes…</table>`, `<div>Part 3 — Foreigner</div><div class="grid">
 * …captioned boxes…</div>`: a short block of words right before a table of boxes, or before a block of two captioned
 * boxes or more, heads it (the walk above looks at first children only, and stops at tables, whose cells are a row's
 * own labels).
 */
function captionsBeforeBlocks(controls: readonly Element[]): Element[] {
  const checked = new Set<Element>();
  const found: Element[] = [];
  for (const control of controls) {
    let node = control.parentElement;
    for (
      let depth = 0;
      node && depth < 6 && !node.matches('form, body');
      depth++, node = node.parentElement
    ) {
      if (checked.has(node)) break;
      checked.add(node);
      const before = node.previousElementSibling;
      if (
        before &&
        /^(DIV|SPAN|P)$/.test(before.tagName) &&
        !before.querySelector(CONTROLS) &&
        hasWords(before) &&
        (before.textContent ?? '').trim().length <= 80 &&
        (node.tagName === 'TABLE'
          ? // (one box is enough under words that say whose it is: "บุคคลที่ติดต่อได้กรณีฉุกเฉิน" over one name box)
            node.querySelectorAll(CONTROLS).length >=
            (contextVerdict(before.textContent ?? '') === 'neutral' ? 2 : 1)
          : // (or before rows of their own, each a caption and its boxes: "<div class="t">ข้อมูลผู้มีสิทธิ</div>
            // <div class="r">…</div><div class="r">…</div>" straight in the form)
            captionedBoxes(node) >= 2 || rowsAfter(before, true) >= 2)
      )
        found.push(before);
    }
  }
  return found;
}

/**
 * Children of a block that each hold a box and words of their own (a grid's captioned cells); the choices of a radio
 * or checkbox group ("Title: (•) Mr. ( ) Mrs.") are one field, not a section.
 */
function captionedBoxes(block: Element): number {
  let n = 0;
  for (let c = block.firstElementChild; c && n < 2; c = c.nextElementSibling) {
    if (c.matches(CONTROLS) || !c.querySelector(BOX)) continue;
    // (a CSS grid's cells: the words in one cell, the box in the next)
    const before = c.previousElementSibling;
    if (hasWords(c) || (before && !before.querySelector(CONTROLS) && hasWords(before))) n++;
  }
  return n;
}

const BOX = 'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), select, textarea';

/**
 * Rows of the section: siblings holding a box and words of their own (a grid's bare box cell is no row); `adjacent`:
 * only those right after the caption, one after another.
 */
function rowsAfter(first: Element, adjacent = false): number {
  let rows = 0;
  for (let s = first.nextElementSibling; s && rows < 2; s = s.nextElementSibling)
    if (!s.matches(CONTROLS) && s.querySelector(CONTROLS) && hasWords(s)) rows++;
    else if (adjacent) break;
  return rows;
}

/** An element's text with its white space collapsed (a caption as the officer reads it). */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element holds words of its own (not a list's options or a text box's text). */
export function hasWords(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if (/[ก-๛A-Za-z]/.test(t.nodeValue ?? '') && !t.parentElement?.closest('select, textarea')) return true;
  return false;
}

/** A caption some control names as its label (aria-labelledby) is that control's label. */
function labelsSomething(el: Element): boolean {
  return el.id !== '' && el.ownerDocument.querySelector(`[aria-labelledby~="${CSS.escape(el.id)}"]`) !== null;
}

/** Puts extra elements into a list that is in document order, keeping the order. */
export function mergeInDocumentOrder(list: Element[], extra: readonly Element[]): Element[] {
  const inList = new Set(list);
  const out = [...list];
  for (const el of extra) {
    if (inList.has(el)) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // biome-ignore lint/style/noNonNullAssertion: mid is within bounds
      if (out[mid]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, el);
    inList.add(el);
  }
  return out;
}
