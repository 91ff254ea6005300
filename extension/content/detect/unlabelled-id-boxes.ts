import type { DetectedField } from './detected-field';

/** How a Thai citizen ID is printed in boxes: 13 single digits, or its groups 1-4-5-2-1. */
const SHAPES = ['1,1,1,1,1,1,1,1,1,1,1,1,1', '1,4,5,2,1'];

/**
 * Boxes side by side with nothing to say what they are, shaped like a citizen ID (13 one-digit boxes, or 1-4-5-2-1),
 * are one: no other number a Thai form asks for is printed that way. Only boxes no label, hint or name typed, all in
 * one parent, none with a caption of its own; whose ID it is stays for the page's sections to say.
 */
export function unlabelledIdBoxes(fields: DetectedField[]): void {
  let run: DetectedField[] = [];
  const close = () => {
    const sizes = run.map((f) => (f.element as HTMLInputElement).maxLength).join(',');
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
      !/[\p{L}\p{N}]/u.test(f.label) &&
      el instanceof HTMLInputElement &&
      (el.type === 'text' || el.type === 'tel' || el.type === 'number') &&
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
