import type { FormControl } from './detected-field';
import { hasWords, textOf } from './section-captions';

// Captions written after their boxes: in caption elements (trailingCaption), in plain text (trailingText), inside a UI
// kit's labeled wrapper (labeledInputCaption). Each reads a box's caption as the words after it only where the whole
// line is written that way.

const BOX =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea';
const UNIT = /^(ปี|บาท|คน|วัน|เดือน|ครั้ง|ชั่วโมง|นาที|ไร่|งาน|ตร\.? ?ว\.?|ตร\.? ?ม\.?|%)$/;
const BEFORE_WORDS = /^(เดือน|ปี|พ\.ศ\.?|ค\.ศ\.?|เช่น|ตัวอย่าง|e\.g\.)/;
const LINE = /^(P|DD|LI|TD|DIV|FONT)$/;

/**
 * "วันออกบัตร | [ ] วันบัตรหมดอายุ [ ] (วว/ดด/ปปปป)": a cell whose row caption on its left names its first box, with a
 * bracketed hint after its last, is written caption-first.
 */
function captionFirstCell(cell: Element, lastWords: string): boolean {
  const left = cell.tagName === 'TD' ? cell.previousElementSibling : null;
  return !!left && hasWords(left) && /^\(.*\)$/.test(lastWords.trim());
}

/** The words straight after a box, up to the next box or line break ("" when they hold no letter: "-", "/"). */
function wordsAfter(box: Element): string {
  let text = '';
  for (let n = box.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const e = n as Element;
      // (a button after a box, "[ ] ดึงข้อมูลจากบัตร", is what to press, no caption)
      if (e.matches(`${BOX}, br, button`) || e.querySelector(BOX)) break;
      text += e.textContent ?? '';
    } else if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue ?? '';
  }
  text = text.replace(/\s+/g, ' ').trim();
  return /[ก-๛A-Za-z]/.test(text) ? text : '';
}

/** Whether a line starts with a box (nothing worded before it) and every box of it is followed by words. */
function boxesFirst(line: Element): Element[] | null {
  const boxes = Array.from(line.children).filter((c) => c.matches(BOX));
  const first = boxes[0];
  // (words after a radio button or a tick box are its choice, not a caption: "[ ] ชาย [ ] หญิง")
  if (
    !first ||
    boxes.some((b) => b instanceof HTMLInputElement && (b.type === 'radio' || b.type === 'checkbox'))
  )
    return null;
  for (let n = line.firstChild; n && n !== first; n = n.nextSibling)
    if (/[ก-๛A-Za-z0-9]/.test(n.textContent ?? '')) return null;
  // ("[ ]-[ ]-[ ]-[ ]-[ ] เลขประจำตัวประชาชน": boxes of one value with only dashes between them share the words after
  // the last)
  return boxes.every((b) => wordsAfter(b) !== '' || onlyDashTo(b)) &&
    wordsAfter(boxes.at(-1) as Element) !== ''
    ? boxes
    : null;
}

/** Whether only a dash separates a box from the next box after it (blanks alone do not: "[วัน] [เดือน] [ปี] อายุ"). */
function onlyDashTo(box: Element): boolean {
  let n = box.nextSibling;
  let between = '';
  for (; n?.nodeType === Node.TEXT_NODE && /^[\s\-–]*$/.test(n.nodeValue ?? ''); n = n.nextSibling)
    between += n.nodeValue;
  return (/[-–]/.test(between) || box.tagName === 'INPUT') && n instanceof Element && n.matches(BOX);
}

/**
 * Old pages that write each caption after its box in plain text: `<p>[ ] ชื่อ-สกุล ผู้ขอแก้ไข [ ] ตำแหน่ง</p>`,
 * `<dd>[ ] เลขที่บันทึกไว้เดิม</dd>`. Where a line starts with a box and every box of it is followed by words, each
 * box's caption is the words after it, not the previous box's. A line of one box counts only where two more lines
 * beside it are written the same way (a single hint after a box, "(วว/ดด/ปปปป)", is no caption), and a unit after the
 * last box ("[ ] อายุ [ ] ปี") means the words came before each box.
 */
export function trailingText(el: FormControl): string {
  const line = el.parentElement;
  if (!line || !LINE.test(line.tagName)) return '';
  const boxes = boxesFirst(line);
  if (!boxes?.includes(el)) return '';
  if (UNIT.test(wordsAfter(boxes.at(-1) as Element))) return '';
  if (captionFirstCell(line, wordsAfter(boxes.at(-1) as Element))) return '';
  // ("[ ] เดือน [ ] พ.ศ. [ ] เช่น 05/11/2512": a date's part words between its boxes, an example after the last, say the
  // words came before each box)
  // (but not in a line nothing captions from before: "[ ] วันที่เกิด [ ] เดือน [ ] พ.ศ." alone in its cell)
  const before = line.previousElementSibling ?? line.parentElement?.previousElementSibling;
  if (boxes.some((b) => BEFORE_WORDS.test(wordsAfter(b))) && before && hasWords(before)) return '';
  if (boxes.length === 1) {
    let alike = 0;
    for (let s = line.parentElement?.firstElementChild; s && alike < 3; s = s.nextElementSibling)
      if (s.tagName === line.tagName && boxesFirst(s)) alike++;
    if (alike < 3) return '';
  }
  return wordsAfter(el);
}

/**
 * Semantic UI's labeled input, `<div class="ui right labeled input"><input><div class="ui basic label">๑. บ้านเลขที่</div>`:
 * the label inside the wrapper, on either side of the box, is its caption.
 */
export function labeledInputCaption(el: FormControl): string {
  const wrapper = el.parentElement;
  if (!wrapper?.classList.contains('labeled')) return '';
  const label = Array.from(wrapper.children).find((c) => c !== el && c.classList.contains('label'));
  return textOf(label);
}

const TRAILING = /^(SPAN|SMALL|LABEL|FONT|B|I|EM|SUB)$/;

/** The nearest sibling on one side that is not blank text. */
function filled(node: Node, step: 'nextSibling' | 'previousSibling'): Node | null {
  let n = node[step];
  while (n && n.nodeType === Node.TEXT_NODE && !n.nodeValue?.trim()) n = n[step];
  return n;
}
const nextFilled = (node: Node) => filled(node, 'nextSibling');
const previousFilled = (node: Node) => filled(node, 'previousSibling');

/**
 * `<td>[ ]<span>บ้านเลขที่</span> [ ]<span>หมู่ที่</span> [ ]<span>ซอย</span></td>`: where a cell starts with a box and
 * every box of it is followed by its caption, each box's caption is the one after it, not the previous box's.
 */
export function trailingCaption(el: FormControl): string {
  const cell = el.parentElement;
  if (el.tagName === 'SELECT') {
    const group = selectsCaptionedAfter(el);
    if (group) return group;
  }
  const own = nextFilled(el);
  // (most boxes are followed by no caption element at all: answered before looking at the cell)
  if (!cell || !(own instanceof Element && TRAILING.test(own.tagName))) return '';
  const boxes = Array.from(cell.children).filter((c) =>
    c.matches('input:not([type="hidden"]), select, textarea'),
  );
  if (boxes.length < 2 || !boxes.includes(el)) return '';
  // (words after a radio button are its choice: "[ ] เพศ (•) ชาย ( ) หญิง" captions before each box)
  if (boxes.some((b) => b instanceof HTMLInputElement && (b.type === 'radio' || b.type === 'checkbox')))
    return '';
  // words before the first box caption it the usual way (a fieldset's legend captions the whole group, not the box)
  for (let n = cell.firstChild; n && n !== boxes[0]; n = n.nextSibling)
    if (n.textContent?.trim() && (n as Element).tagName !== 'LEGEND') return '';
  // box, caption, box, caption…: nothing else between them (a hint then the next box's own caption is the usual way)
  for (const [i, box] of boxes.entries()) {
    const next = nextFilled(box);
    if (!(next instanceof Element && TRAILING.test(next.tagName) && hasWords(next))) return '';
    const after = nextFilled(next);
    if (
      after !== (boxes[i + 1] ?? null) &&
      !(after instanceof HTMLBRElement && nextFilled(after) === boxes[i + 1])
    )
      return '';
  }
  // ("[ ] อายุ [ ] ปี": a unit after the last box says the words came before each box)
  const last = textOf(nextFilled(boxes.at(-1) as Element) as Element);
  if (UNIT.test(last) || captionFirstCell(cell, last)) return '';
  // ("[ ] <font>เดือน</font> [ ] <font>พ.ศ.</font> [ ]": a date's part words between its boxes came before each box)
  if (boxes.some((b) => BEFORE_WORDS.test(textOf(nextFilled(b) as Element)))) return '';
  return textOf(own);
}

/**
 * `<div>[วัน ▾] [เดือน ▾] [พ.ศ. ▾] <span>วันเกิด</span></div>`: the lists of one date side by side, nothing worded before
 * or between them, share the caption after the last.
 */
function selectsCaptionedAfter(el: Element): string {
  let first = el;
  for (let p = previousFilled(first); p instanceof HTMLSelectElement; p = previousFilled(p)) first = p;
  if (previousFilled(first) !== null) return '';
  let last = first;
  let count = 1;
  for (let n = nextFilled(last); n instanceof HTMLSelectElement; n = nextFilled(n), count++) last = n;
  if (count < 2 || count > 3) return '';
  const caption = nextFilled(last);
  // (a hint in brackets, "(อายุ 15-65 ปี)", is none)
  if (!(caption instanceof Element && TRAILING.test(caption.tagName) && hasWords(caption))) return '';
  if (textOf(caption).startsWith('(')) return '';
  // (a caption with a box after it is that box's, "[พ.ศ. ▾] วันครบเกษียณอายุ [ ]", unless it is a label for the run)
  const rest = nextFilled(caption);
  const forRun = caption instanceof HTMLLabelElement && caption.control?.tagName === 'SELECT';
  return rest === null || rest instanceof HTMLBRElement || forRun ? textOf(caption) : '';
}
