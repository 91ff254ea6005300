import type { DetectedField } from './detected-field';
import { labelEvidence } from './label-evidence';
import { normalizeLabel } from './normalize-label';
import { trailingText } from './trailing-text';

/** How a citizen ID is printed in boxes, by their number: its groups 1-4-5-2-1, or 13 single digits. */
export const PRINTED_SHAPES: Record<number, number[]> = { 5: [1, 4, 5, 2, 1], 13: Array(13).fill(1) };
const SHAPES = Object.values(PRINTED_SHAPES).map((shape) => shape.join(','));

/** Boxes a number is typed in (not a checkbox, a date picker or a file). */
const TEXTLIKE = new Set(['text', 'tel', 'number']);

/** A box's caption that is only the digits it holds: "หลักที่ ๑", "หลักที่ ๒-๕". */
const DIGITS = /^หลักที่ ?[0-9๐-๙]+( ?- ?[0-9๐-๙]+)?$/;
/** Numbers other than a person's ID card. */
const OTHER_NUMBER = /ภาษี|นิติบุคคล|บัญชี|โทร|tax|account|phone/;

/**
 * Boxes side by side with nothing to say what they are, shaped like a citizen ID (13 one-digit boxes, or 1-4-5-2-1),
 * are one: no other number a Thai form asks for is printed that way. Only boxes no label, hint or name typed, all in
 * one parent, none with a caption of its own; whose ID it is stays for the page's sections to say.
 */
export function unlabelledIdBoxes(fields: DetectedField[]): void {
  let run: DetectedField[] = [];
  const close = () => {
    const sizes = run.map((f) => (f.element as HTMLInputElement).maxLength).join(',');
    // (boxes captioned only by the digits they hold say nothing of whose number: the words around them must not name
    // another number, "เลขประจำตัวผู้เสียภาษีอากร (๑๓ หลัก) ของนิติบุคคล")
    const digitsOnly = run.some((f) => DIGITS.test(normalizeLabel(f.label)));
    // (the words around them read only then: most runs of boxes have no digit captions)
    const first = digitsOnly ? run[0] : undefined;
    const around = first
      ? labelEvidence(first.element).filter((e) => e.source !== 'aria' && e.source !== 'name')
      : [];
    if (around.some((e) => OTHER_NUMBER.test(normalizeLabel(e.text)))) run = [];
    if (SHAPES.includes(sizes))
      for (const [part, f] of run.entries())
        Object.assign(f, { type: 'citizenId', part, scope: 'subject', confidence: 0.8 });
    run = [];
  };
  for (const f of fields) {
    const el = f.element;
    const box =
      f.source === 'heuristic' &&
      f.type === null &&
      // (or only an input mask for a hint: "X", "XXXX", "XXXXX", or a digit, "๐", "๑", the box's example)
      // (or a bare "เลขบัตร", a card's number that the shape says is the ID card's, or the digits a box holds,
      // "หลักที่ ๒-๕")
      (!/[\p{L}\p{N}]/u.test(f.label) ||
        /^[xX#*_\s0-9๐-๙-]+$/.test(f.label) ||
        /^(เลข(ที่)?|หมายเลข) ?บัตร$/.test(normalizeLabel(f.label)) ||
        DIGITS.test(normalizeLabel(f.label))) &&
      el instanceof HTMLInputElement &&
      TEXTLIKE.has(el.type) &&
      el.maxLength > 0 &&
      el.maxLength <= 5;
    if (!box) {
      close();
      continue;
    }
    if (run.length > 0 && run[0]?.element.parentElement !== el.parentElement) close();
    run.push(f);
  }
  close();
}

/** Whether a box has a caption of its own (a label, an aria name, a hint), not only words around its row. */
const ownCaption = (el: HTMLInputElement) =>
  labelEvidence(el).some((e) => e.source === 'label' || e.source === 'aria' || e.source === 'placeholder');

/** A box's length: its maxlength, or else its display size (`<input size="4">` of a 1-4-5-2-1 ID). */
const lengthOf = (el: HTMLInputElement) =>
  el.maxLength > 0 ? el.maxLength : el.size > 0 && el.size <= 12 ? el.size : 0;

/**
 * "เลขประจำตัวประชาชน [ ]-[ ]-[ ]-[ ]-[ ]", "[1][12 digits]": an ID box followed by boxes of no caption of their own,
 * side by side with nothing but dashes between them, whose lengths add up to 13, holds the ID in parts — wherever the
 * boxes sit (a card of many fields is no cell of one field, so the grammars' runs do not see them).
 */
export function idBoxesBySiblings(fields: DetectedField[]): void {
  const byElement = new Map(fields.map((f) => [f.element as Element, f]));
  for (const lead of fields) {
    const el = lead.element;
    if (lead.source !== 'heuristic' || lead.type !== 'citizenId' || lead.part !== null) continue;
    if (!(el instanceof HTMLInputElement) || !TEXTLIKE.has(el.type)) continue;
    const run = [lead];
    // ("[ ]-[ ]-[ ]-[ ]-[ ] เลขประจำตัวประชาชน": the caption after the last box; the run goes back from it)
    const back = trailingText(el) !== '';
    for (
      let node = back ? el.previousSibling : el.nextSibling;
      node && run.length < 13;
      node = back ? node.previousSibling : node.nextSibling
    ) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (/^[\s\-–]*$/.test(node.textContent ?? '')) continue;
        break;
      }
      const next = byElement.get(node as Element);
      const box = next?.element;
      if (
        !next ||
        !(box instanceof HTMLInputElement) ||
        !TEXTLIKE.has(box.type) ||
        (next.type !== null && next.type !== 'citizenId') ||
        (/[\p{L}]/u.test(next.label) && ownCaption(box))
      )
        break;
      if (back) run.unshift(next);
      else run.push(next);
    }
    const parts = run.map((f) => lengthOf(f.element as HTMLInputElement));
    if (run.length < 2 || parts.some((n) => n === 0) || parts.reduce((a, b) => a + b, 0) !== 13) continue;
    for (const [part, f] of run.entries())
      Object.assign(f, { type: 'citizenId', part, parts, scope: lead.scope, confidence: lead.confidence });
  }
}

/**
 * `<div role="group" aria-labelledby="cid-lbl"><div class="col"><input aria-label="… ช่องที่ 1"></div>…`: short boxes
 * of one group, each in a cell of its own, are read as one run like boxes side by side in one cell.
 */
export function boxGroup(f: DetectedField): Element | null {
  const group = f.element.closest('[role="group"]');
  if (!group) return null;
  const boxes = Array.from(group.querySelectorAll('input, select, textarea'));
  const small = (b: Element) =>
    b instanceof HTMLInputElement &&
    TEXTLIKE.has(b.type) &&
    ((b.maxLength > 0 && b.maxLength <= 5) || (b.size > 0 && b.size <= 2));
  return boxes.length >= 2 && boxes.length <= 13 && boxes.every(small) ? group : null;
}
