import type { FieldType } from '../../../shared/fields/field-types';
import type { FormControl } from './detected-field';
import { RANGE_WORD } from './label-evidence';

/** Types a label may pair as one box's two names ("โทรศัพท์/มือถือ" is one number, not a list of two fields). */
const SAME_BOX: ReadonlyArray<ReadonlySet<FieldType>> = [new Set<FieldType>(['phone', 'mobile'])];

const COUNTED = (el: Element) =>
  !(
    el instanceof HTMLInputElement &&
    ['hidden', 'submit', 'button', 'reset', 'image', 'radio', 'checkbox'].includes(el.type)
  );

/**
 * "คำนำหน้า / ชื่อ / นามสกุล" over a select and two boxes, "ซอย / ถนน" over one box: a caption that lists several
 * fields names the boxes of its cell in order. Returns `undefined` when the caption is not such a list or says
 * nothing of this control (read it as usual), the type of this control's place in the list, `null` when its place
 * names nothing the card has, or, for one box under the whole list, the listed types (a close call the officer
 * settles). `verdictsOf` says what each rule (of `ruleTypes`) says of a text: 1 match, -1 vetoed, 0 silent.
 *
 * A caption that also reads whole as a type none of its pieces has ("ชื่อ / นามสกุล" is the full name) is that one
 * field, not a list.
 */
export function listCaptionType(
  el: FormControl,
  main: string,
  ruleTypes: readonly FieldType[],
  verdictsOf: (text: string) => Int8Array,
): FieldType | FieldType[] | null | undefined {
  if (!main.includes('/')) return undefined;
  const pieces = main.split(/ ?\/ ?/).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const typesIn = (v: Int8Array) => ruleTypes.filter((_t, i) => v[i] === 1);
  const listed: Array<FieldType | undefined> = [];
  let before: FieldType[] | null = null;
  for (const piece of pieces) {
    const types = typesIn(verdictsOf(piece));
    // "ออกให้ ณ อำเภอ/เขต", "ตำบล/แขวง": a word naming what the last word before the slash named is its synonym, not a
    // field of its own ("sub-district / district" are two)
    const again = before !== null && types.length > 0 && types.every((t) => before?.includes(t));
    if (!again) listed.push(types.length === 1 ? types[0] : undefined);
    before = typesIn(verdictsOf(piece.split(' ').at(-1) ?? piece));
  }
  const distinct = new Set(listed.filter((t): t is FieldType => t !== undefined));
  // "รหัสประจำบ้าน / บ้านเลขที่" over two boxes: one named field and one the card does not have
  const withUnknown = distinct.size === 1 && listed.includes(undefined);
  if ((distinct.size < 2 && !withUnknown) || SAME_BOX.some((pair) => [...distinct].every((t) => pair.has(t))))
    return undefined;
  const whole = verdictsOf(main);
  // (and the card's dates that the whole caption gives to another document are not the card's: "Current passport
  // No. / expiry date")
  const otherDocument = [...distinct].some((t) => t.startsWith('card') && whole[ruleTypes.indexOf(t)] === -1);
  if (typesIn(whole).some((t) => !distinct.has(t)) || otherDocument) return undefined;
  const cell = el.closest('td, dd, li, p') ?? el.parentElement;
  const boxes = cell ? Array.from(cell.querySelectorAll('input, select, textarea')).filter(COUNTED) : [el];
  // the boxes the caption spreads over: the first, and those after it with no words of their own before them ("…
  // / บ้านเลขที่ [ ] / [ ] หมู่ที่ [ ]" spreads over two, "ยศ/คำนำหน้า [▾] ชื่อ [ ]" over one)
  let spread = 1;
  while (spread < boxes.length && !wordsBefore(boxes[spread] as Element)) spread++;
  // ("บ้านเลขที่ / หมู่ : [ ] หมู่ [ ]": the next box captioned again with the list's next piece leaves the first box
  // the first piece)
  const next = boxes[1] ? wordsBefore(boxes[1]) : '';
  if (
    spread < 2 &&
    el === boxes[0] &&
    next &&
    listed[1] &&
    listed[0] &&
    typesIn(verdictsOf(next))[0] === listed[1]
  )
    return listed[0];
  // one box for two fields: a close call the officer settles in the preview (จังหวัด/อำเภอ), unless its own hint names
  // one of them ("วันออกบัตร / วันหมดอายุ" over [วันออกบัตร] and a box of its own)
  const hinted = typesIn(verdictsOf(el.getAttribute('placeholder') ?? '')).filter((t) => distinct.has(t));
  if (spread < 2 && hinted.length === 1) return hinted[0];
  if (spread < 2) return withUnknown ? undefined : [...distinct];
  const at = boxes.indexOf(el);
  if (at < 0 || at >= spread || at >= listed.length) return undefined;
  return listed[at] ?? null;
}

/** The words right before a box in its cell (its own caption), not just "/", "-" or "ถึง" ("[ ] ถึง [ ]": a range's
 * two ends), or '' when there are none. */
function wordsBefore(box: Element): string {
  for (let n = box.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).matches('input, select, textarea')) return '';
    const text = (n.textContent ?? '').trim();
    if (/[ก-๛A-Za-z]/.test(text) && !RANGE_WORD.test(text)) return text;
  }
  return '';
}
