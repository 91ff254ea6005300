import type { FormControl } from './detected-field';
import { normalizeLabel } from './normalize-label';
import type { Slot } from './page-slots';
import { contextVerdict } from './whose-form';

/** A button that reads the ID card into the form ("อ่านบัตร", "ดึงข้อมูลจากบัตร", "Read ID card"). */
const CARD_BUTTON = /อ่าน ?บัตร|ดึงข้อมูล ?(จาก)? ?บัตร|เสียบบัตร|read (id |smart )?card|smart ?card/i;

const buttonText = (el: FormControl) =>
  el instanceof HTMLInputElement && /^(button|submit)$/.test(el.type) ? el.value : '';

/**
 * The site's own card-read button says whose section the card fills: "ข้อมูลผู้ปกครองผู้สมัคร [อ่านบัตร]" under
 * "ข้อมูลนักเรียน" makes the guardian the holder and the pupil someone else. Only one such button, in someone else's
 * section by its heading: the holder the page merely continued into (no heading named him) becomes someone else.
 */
export function cardButtonSection(slots: Map<FormControl, Slot>, doc: Document): void {
  const marked: Element[] = Array.from(doc.querySelectorAll('button')).filter((b) =>
    CARD_BUTTON.test(b.textContent ?? ''),
  );
  for (const [el] of slots) if (CARD_BUTTON.test(buttonText(el))) marked.push(el);
  if (marked.length !== 1) return;
  const button = marked[0] as Element;
  // the sections of the boxes before and after it ("[เลขประจำตัวประชาชน] [อ่านบัตร] [คำนำหน้า]…"): one section, or it is
  // a footer's button for the whole form
  let before: Slot | undefined;
  let after: Slot | undefined;
  for (const [el, slot] of slots) {
    if (el === button) continue;
    if (el.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) before = slot;
    else {
      after = slot;
      break;
    }
  }
  // ("ผู้รับเงินแทน [อ่านบัตรผู้รับเงินแทน]": a button in a section's heading reads the card into the section it heads,
  // whatever the sections before it said)
  // (only a heading naming someone: not a row's caption beside the button, "เลขประจำตัวประชาชน [ ] [อ่านบัตร]", nor a
  // hint, "[อ่านบัตร] กรุณาเสียบบัตร", at the end of one section with another person's after it)
  const parent = button.parentElement;
  const heading = normalizeLabel((parent?.textContent ?? '').replace(button.textContent ?? '', ''));
  const inHeading =
    after?.kind === 'person' &&
    after !== before &&
    !parent?.querySelector('input, select, textarea') &&
    contextVerdict(heading) === 'person';
  const section = inHeading ? after : before;
  if (section?.kind !== 'person' || (after !== before && !inHeading)) return;
  const holder: Slot = { kind: 'holder', index: 0, explicit: true };
  const other: Slot = { kind: 'person', index: 0, explicit: true };
  for (const [el, slot] of slots)
    if (slot === section) slots.set(el, holder);
    else if (slot.kind === 'holder' && (!slot.explicit || inHeading)) slots.set(el, other);
}
