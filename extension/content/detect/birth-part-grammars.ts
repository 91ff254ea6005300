import type { DetectedField } from './detected-field';
import { PART_WORD } from './label-evidence';
import { normalizeLabel } from './normalize-label';
import { birthPartOf, sniffOptions } from './option-sniffing';

// The birth date's parts where each sits apart from the others (grammars.ts reads the runs under one label).

/** The element holding a control's label context: a table cell, a dd, or the control's own parent. */
export function container(field: DetectedField): Element | null {
  return field.element.closest('td, dd, li, p') ?? field.element.parentElement;
}

export function isDatePart(t: string): t is 'birthDay' | 'birthMonth' | 'birthYear' {
  return t === 'birthDay' || t === 'birthMonth' || t === 'birthYear';
}

/**
 * "วันเกิด [วัน ▾] [เดือน ▾] [ปี ▾]" with each list in a grid cell of its own: an unlabelled month or year list (or one
 * captioned by its part word alone) right after the birth day or month, on the same line, is the next part of the
 * birth date (its options say which).
 */
export function birthPartsInOwnCells(fields: DetectedField[]): void {
  // (or, the lists side by side in one element: "<div class="line">วันเกิด [วัน ▾] [เดือน ▾] [พ.ศ. ▾]</div>")
  const line = (f: DetectedField) =>
    f.element.closest('tr, li, dd, fieldset, [class*="group"], [class*="row"]') ?? f.element.parentElement;
  for (let i = 1; i < fields.length; i++) {
    const [prev, f] = [fields[i - 1] as DetectedField, fields[i] as DetectedField];
    // (captioned by a part word alone, "เดือน" and "พ.ศ." in a header row under "เกิดวันที่", is no caption of its own)
    // (nor is the caption the day's list shares with it: three lists under one "ข้อมูลที่ถูกต้อง")
    const own = f.label !== '' && !PART_WORD.test(normalizeLabel(f.label)) && f.label !== prev.label;
    if (f.source !== 'heuristic' || f.type !== null || own || !(f.element instanceof HTMLSelectElement))
      continue;
    if (
      !(prev.type === 'birthDay' || prev.type === 'birthMonth') ||
      line(f) === null ||
      line(f) !== line(prev)
    )
      continue;
    // (a short list under its part word, "เดือน [มกราคม, เมษายน ▾]", is read by the lenient sniffer the label allows)
    const sniffed = sniffOptions(f.element) ?? (f.label !== '' ? birthPartOf(f.element) : null);
    if (sniffed && isDatePart(sniffed) && sniffed !== 'birthDay' && sniffed !== prev.type)
      Object.assign(f, { type: sniffed, scope: prev.scope, confidence: prev.confidence });
  }
}

/**
 * "ข้าพเจ้า ( ) นาย … ชื่อ [ ] เกิดวันที่ [ ] เดือน [ ] พ.ศ. [ ]": a birth date in a running line followed by two boxes
 * captioned by its parts is its day, month and year (the grammar above reads the runs of a line's first field only).
 */
export function birthPartsInLine(fields: DetectedField[]): void {
  const order = ['birthDay', 'birthMonth', 'birthYear'] as const;
  fields.forEach((f, i) => {
    if (f.source !== 'heuristic' || f.type !== 'birthDate') return;
    const next = fields.slice(i + 1, i + 3);
    const parts = next.filter(
      (g) =>
        g.source === 'heuristic' &&
        g.type === null &&
        container(g) === container(f) &&
        PART_WORD.test(normalizeLabel(g.label)),
    );
    if (parts.length !== 2) return;
    for (const [k, g] of [f, ...parts].entries())
      Object.assign(g, { type: order[k], scope: f.scope, confidence: f.confidence });
  });
}

/**
 * "[วันเกิด] [เดือนเกิด] [ปีเกิด พ.ศ.]": a box read as the whole birth date right before the birth month and year
 * boxes is the day.
 */
export function birthDayBeforeMonthAndYear(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    if (f.source !== 'heuristic' || f.type !== 'birthDate') return;
    const [month, year] = [fields[i + 1], fields[i + 2]];
    if (month?.type === 'birthMonth' && year?.type === 'birthYear' && month.scope === f.scope)
      f.type = 'birthDay';
  });
}
