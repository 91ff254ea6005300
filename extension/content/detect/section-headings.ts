import { normalizeLabel } from './normalize-label';
import type { Slot } from './page-slots';
import { CONTROLS, NEW_COLUMN } from './table-slots';
import { titleVerdict } from './title-verdict';
import { type ContextVerdict, FILER, OLD_VALUE } from './whose-form';

// Which elements of a page head a section, and what each says (page-slots.ts resolves them in page order).

// Elements that can head a section: headings, legends, captions, one-cell table rows, bold-only lines, and the
// class names templates give their section bars (card-header, panel-heading, box-title, topic, section-title…,
// the short forms blk-h, pnl-h, card-hd, and the words sec, sect, h, hd, hdr, ttl).
export const CONTEXT =
  'h1, h2, h3, h4, h5, h6, caption, legend, tr > td:only-child, tr > th:only-child, b, strong, u, [style*="bold"], p, ' +
  '[class*="bold"], .h1, .h2, .h3, .h4, .h5, .h6, ' +
  '[class*="head"], [class*="title"], [class*="topic"], [class*="bar"], [class*="section"], ' +
  '[class$="-h"], [class*="-h "], [class$="-hd"], [class*="-hd "], ' +
  '[class~="sec"], [class~="sect"], [class~="h"], [class~="hd"], [class~="hdr"], [class~="ttl"]';
const CHROME =
  'nav, aside, a, option, [role="navigation"], [class*="menu"], [class*="sidebar"], [class*="breadcrumb"]';

/** Controls that hold a value: not the buttons a section bar may carry. */
const BOXES = 'input:not([type="button"], [type="submit"], [type="reset"], [type="image"]), select, textarea';

const MOVE_OUT = /^(\d+\.? ?)?ย้ายออกจาก/;
/** A section of what the system holds now, above the correction asked for: the old values. */
const STORED = /ข้อมูล(ปัจจุบัน)?(ที่มีอยู่)?ในระบบ|ข้อมูลที่บันทึกไว้/;

export interface Heading {
  verdict: ContextVerdict;
  text: string;
  /** a legend heads its fieldset only, a caption its table; other headings last until the next one */
  container: Element | null;
  /** a section of old values ("ข้อมูลเดิม") or of the new ones after it ("ข้อมูลใหม่") */
  change?: 'old' | 'new';
  slot?: Slot;
  /** the party word a page topic found the holder's section by ("นายจ้าง"): his own captions carry it */
  role?: string;
}

/** Bold words that open a block of several boxes ("<div><b>ข้อมูลผู้ร้องเรียน</b> … boxes …</div>") head it. */
function leadsBlock(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.querySelectorAll(CONTROLS).length < 2) return false;
  for (let n = parent.firstChild; n && n !== el; n = n.nextSibling) if (n.textContent?.trim()) return false;
  return true;
}

/** Bold words between blocks ("</table><b>บุคคลที่ติดต่อได้กรณีฉุกเฉิน</b><table>"), not within a line of text. */
function standsAlone(el: Element): boolean {
  const block = (n: Node | null, step: 'previousSibling' | 'nextSibling'): boolean => {
    while (n && n.nodeType === Node.TEXT_NODE && !n.nodeValue?.trim()) n = n[step];
    return !n || (n instanceof Element && /^(TABLE|DIV|P|BR|HR|FIELDSET|UL|OL|DL|H\d)$/.test(n.tagName));
  };
  return block(el.previousSibling, 'previousSibling') && block(el.nextSibling, 'nextSibling');
}

/** A wizard's step bar or a strip of tabs names every part of the form at once; it heads none of them. */
function isStrip(el: Element): boolean {
  let items = 0;
  for (let c = el.firstElementChild; c && items < 3; c = c.nextElementSibling)
    if (/^(DIV|LI|A|BUTTON|SPAN|LABEL)$/.test(c.tagName) && c.textContent?.trim()) items++;
  return items >= 3;
}

export function headingOf(el: Element): Heading | null {
  // ("ส่วนที่ 2 กรรมการผู้มีอำนาจลงนาม (ผู้ยื่นคำขอ) [อ่านบัตรประชาชน]": a button in a bar still leaves it a heading)
  if (el.closest(CHROME) || el.querySelector(`${BOXES}, h1, h2, h3, h4, h5, h6, legend`) || isStrip(el))
    return null;
  // A label that names a control is a field's label; a bare <label><b>ข้อมูลคู่สมรส</b></label> on its own row heads
  // a section (hand-built Bootstrap forms).
  const label = el.closest('label');
  if (label && (label.htmlFor || label.parentElement?.querySelector(CONTROLS))) return null;
  // ("<div><p>ชื่อ - นามสกุล</p><input></div>": a paragraph right over the one box of its wrapper is that box's caption)
  if (
    el.tagName === 'P' &&
    el.nextElementSibling?.matches(CONTROLS) &&
    el.parentElement?.querySelectorAll(CONTROLS).length === 1
  )
    return null;
  const text = normalizeLabel(el.textContent ?? '');
  // a paragraph of its own heads what follows when it is short ("สถานที่เกิดเหตุ"); longer ones are instructions
  // ("ผู้ดำเนินกิจการ / ผู้จัดการประจำสถานที่ (ผู้มายื่นคำขอ)": a longer one ending in a note naming the one filing heads too)
  const short = el.tagName !== 'P' || (/\)$/.test(text) && FILER.test(text)) ? 80 : 40;
  if (text.length < 2 || text.length > short) return null;
  if (
    /^(B|STRONG|SPAN|U)$/.test(el.tagName) &&
    normalizeLabel(el.parentElement?.textContent ?? '') !== text &&
    !leadsBlock(el) &&
    !standsAlone(el)
  )
    return null; // bold words inside a sentence are emphasis, not a heading
  const container =
    el.tagName === 'LEGEND' ? el.closest('fieldset') : el.tagName === 'CAPTION' ? el.closest('table') : null;
  // "ย้ายออกจาก (ที่อยู่ตามทะเบียนบ้านเดิม)": the address a mover leaves is the one his card still shows, not a past value
  if (MOVE_OUT.test(text)) return { verdict: 'neutral', text, container };
  const verdict = titleVerdict(text);
  const plain = verdict === 'neutral' || verdict === 'holder';
  const change =
    // (not a note naming the one filing by his earlier role: "ข้อมูลผู้ยื่นคำร้อง (ผู้ลงทะเบียนเดิม)")
    plain && (OLD_VALUE.test(text.replace(/\(ผู้[^)]*\)/g, '')) || STORED.test(text))
      ? 'old'
      : plain && NEW_COLUMN.test(text)
        ? 'new'
        : undefined;
  return { verdict, text, container, ...(change ? { change } : {}) };
}
