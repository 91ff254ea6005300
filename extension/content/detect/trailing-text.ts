import type { FormControl } from './detected-field';

const BOX =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea';
const UNIT = /^(ปี|บาท|คน|วัน|เดือน|ครั้ง|ชั่วโมง|นาที|ไร่|งาน|ตร\.? ?ว\.?|ตร\.? ?ม\.?|%)$/;
const LINE = /^(P|DD|LI|TD|DIV)$/;

/** The words straight after a box, up to the next box or line break ("" when they hold no letter: "-", "/"). */
function wordsAfter(box: Element): string {
  let text = '';
  for (let n = box.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const e = n as Element;
      if (e.matches(`${BOX}, br`) || e.querySelector(BOX)) break;
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
  return boxes.every((b) => wordsAfter(b) !== '') ? boxes : null;
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
  return label?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
