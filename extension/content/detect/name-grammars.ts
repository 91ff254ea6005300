import type { FieldType } from '../../../shared/fields/field-types';
import type { DetectedField } from './detected-field';
import { ENGLISH, OTHER_PERSON } from './heuristic-rules';
import { labelEvidence } from './label-evidence';
import { normalizeLabel } from './normalize-label';
import { contextVerdict } from './whose-form';

// The grammars of names (grammars.ts runs them): whose name boxes are, which part of a name a box is, and Thai or English.

const NAME_PARTS = new Set([
  'firstName',
  'middleName',
  'lastName',
  'firstNameEn',
  'middleNameEn',
  'lastNameEn',
]);

/**
 * "คำนำหน้าผู้ป่วย [▾] ชื่อ [ ] นามสกุล [ ]": bare name boxes right after someone else's title on the same line are
 * that person's name.
 */
export function namePartsAfterTitle(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    if (f.source !== 'heuristic' || (f.type !== 'title' && f.type !== 'titleEn') || f.scope !== 'other')
      return;
    // (only where the title's own caption names the person: "คำนำหน้าผู้ป่วย")
    const whose = contextVerdict(f.label);
    if (!OTHER_PERSON.test(normalizeLabel(f.label)) && whose !== 'person' && whose !== 'unnamedRole') return;
    const line = f.element.closest('tr, p, li, dd') ?? f.element.parentElement;
    for (const g of fields.slice(i + 1, i + 4)) {
      const sameLine = (g.element.closest('tr, p, li, dd') ?? g.element.parentElement) === line;
      if (!sameLine || g.source !== 'heuristic' || !NAME_PARTS.has(g.type ?? '')) return;
      g.scope = 'other';
    }
  });
}

/** Which part of a name a box's own hint (placeholder, aria-label, title, name) asks for. */
export function namePartOf(f: DetectedField): 'firstName' | 'middleName' | 'lastName' | null {
  const el = f.element;
  const hint =
    `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('name') ?? ''}`.toLowerCase();
  if (/middle|ชื่อกลาง|mname/.test(hint)) return 'middleName';
  if (/last|surname|family|สกุล|lname|sname/.test(hint)) return 'lastName';
  if (/first|given|ชื่อ|fname/.test(hint)) return 'firstName';
  return null;
}

/**
 * "ชื่อร้าน [ ] ชื่อภาษาอังกฤษ [ ]": an English name right after a name that is nobody's (a shop's, a firm's; not a
 * nickname) is its.
 */
export function englishOfOtherName(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    const prev = fields[i - 1];
    if (
      f.source === 'heuristic' &&
      f.type === 'firstNameEn' &&
      prev?.type === null &&
      /^ชื่อ(?!เล่น)/.test(prev.label)
    )
      Object.assign(f, { type: null, confidence: 0 });
  });
}

/**
 * "ชื่อภาษาอังกฤษ [ ]" on a page with no English surname box anywhere: one box for the whole English name (not one
 * captioned "First name" too).
 */
export function englishNameWhole(fields: DetectedField[]): void {
  if (fields.some((f) => f.type === 'lastNameEn')) return;
  for (const f of fields)
    if (
      f.source === 'heuristic' &&
      f.type === 'firstNameEn' &&
      /^ชื่อ ?\(?(ภาษา ?)?อังกฤษ(?!.*(first|given))/i.test(normalizeLabel(f.label))
    )
      f.type = 'fullNameEn';
}

/**
 * "First name [ ] Last name [ ] First name (English) [ ]": where the page asks for a name in English in so many words,
 * the same name captioned only in English words ("First name") is the Thai one.
 */
export function thaiBesideEnglish(fields: DetectedField[]): void {
  const named = (f: DetectedField) => ENGLISH.test(normalizeLabel(f.label));
  const asked = new Set(fields.filter((f) => f.type?.endsWith('En') && named(f)).map((f) => f.type));
  for (const f of fields)
    if (
      f.source === 'heuristic' &&
      /^(first|last|full)NameEn$/.test(f.type ?? '') &&
      asked.has(f.type) &&
      /^[a-z][a-z .-]*$/i.test(f.label.trim()) &&
      !named(f)
    )
      f.type = (f.type as string).slice(0, -2) as FieldType;
}

/** The name parts a caption lists, in its order ("คำนำหน้า ชื่อ นามสกุล" → title, first name, last name). */
function listedParts(label: string): FieldType[] {
  const parts: FieldType[] = [];
  const words = normalizeLabel(label)
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s/,-]+/)
    .filter(Boolean);
  for (const w of words)
    if (/^(คำนำหน้า(ชื่อ|นาม)?|title|prefix)$/.test(w)) parts.push('title');
    else if (/^(ชื่อกลาง|middle)$/.test(w)) parts.push('middleName');
    else if (/^(นามสกุล|ชื่อสกุล|สกุล|surname|lastname)$/.test(w)) parts.push('lastName');
    else if (/^(ชื่อ|ชื่อตัว|firstname|name)$/.test(w)) parts.push('firstName');
    else return [];
  return new Set(parts).size === parts.length ? parts : [];
}

const NAME_OR_NONE = new Set<FieldType | null>([
  null,
  'title',
  'firstName',
  'lastName',
  'fullName',
  'middleName',
]);

/**
 * "คำนำหน้า ชื่อ นามสกุล (ภาษาไทย)" over [▾] [ ] [ ]: one caption listing a name's parts over as many boxes, one after
 * another, names each box by its place (a caption shared through aria-labelledby, a header cell over three cells).
 */
export function namePartsOfListedCaption(fields: DetectedField[]): void {
  for (let i = 0; i < fields.length; ) {
    const lead = fields[i] as DetectedField;
    let end = i + 1;
    while (end < fields.length && (fields[end] as DetectedField).label === lead.label) end++;
    const parts = lead.label ? listedParts(lead.label) : [];
    // ("ชื่อ - นามสกุล" over [นาย ▾] [ ] [ ]: the title's own select, then the parts the caption lists)
    const titled =
      end - i === parts.length + 1 &&
      lead.type === 'title' &&
      lead.element instanceof HTMLSelectElement &&
      !parts.includes('title');
    const run = fields.slice(titled ? i + 1 : i, end);
    i = end;
    if (parts.length < 2 || parts.length !== run.length) continue;
    // (boxes one caption names alike: not the old and new columns of one header, "ชื่อ - นามสกุล" under two owners;
    // and no hidden state box of a widget, "txtName_ClientState")
    const captions = run.map((f) =>
      labelEvidence(f.element)
        .filter((e) => e.source === 'headerRow' || e.source === 'tableColumn')
        .map((e) => e.text)
        .join('|'),
    );
    if (new Set(captions).size > 1) continue;
    // (and side by side: one line, or one caption they all point at — not two people's "ชื่อ-สกุล" boxes one after another)
    const line = (f: DetectedField) =>
      f.element.getAttribute('aria-labelledby') ||
      (f.element.closest('tr, p, li, dd') ?? f.element.parentElement);
    if (new Set(run.map(line)).size > 1) continue;
    if (
      run.some(
        (f) =>
          f.source !== 'heuristic' ||
          !NAME_OR_NONE.has(f.type) ||
          (f.element as HTMLInputElement).type === 'hidden' ||
          // (a list of titles is the title: "ชื่อ-สกุล" over [นาย ▾] [ ] is a title and the whole name, not two parts)
          (f.type === 'title' && f.element instanceof HTMLSelectElement && parts[run.indexOf(f)] !== 'title'),
      )
    )
      continue;
    const en = ENGLISH.test(normalizeLabel(lead.label));
    const scope = run.find((f) => f.scope !== null)?.scope ?? 'subject';
    // (a title the caption named at full confidence vouches for the parts after it)
    const confidence = Math.max(...run.map((f) => f.confidence), titled ? lead.confidence : 0);
    run.forEach((f, k) => {
      const part = parts[k] as FieldType;
      Object.assign(f, { type: en ? `${part}En` : part, scope, confidence });
    });
  }
}

/**
 * "ชื่อผู้เบิก [ ] นามสกุล [ ]": a name captioned with the role of its person, right before a last-name box, is the
 * first name of that person; with no last-name box after it, "ชื่อผู้เสียภาษี [ ]" is his whole name.
 */
export function firstNameOfRole(fields: DetectedField[]): void {
  fields.forEach((f, i) => {
    const next = fields[i + 1];
    if (f.source !== 'heuristic' || (f.type !== null && f.type !== 'firstName') || f.confidence >= 0.7)
      return;
    // ("ชื่อผู้ใช้" is a login name)
    if (!/^ชื่อ ?ผู้(?!ใช้)[ก-๛]+$/.test(normalizeLabel(f.label))) return;
    const whose = contextVerdict(f.label);
    const theirs = whose === 'person' || whose === 'role' || whose === 'unnamedRole';
    if (next?.type === 'lastName' && next.confidence >= 0.7 && /^(นาม)?สกุล/.test(normalizeLabel(next.label)))
      Object.assign(f, {
        type: 'firstName',
        scope: theirs ? 'other' : next.scope,
        confidence: next.confidence,
      });
    else if (f.type === null && f.element instanceof HTMLInputElement && (theirs || whose === 'holder'))
      Object.assign(f, { type: 'fullName', scope: theirs ? 'other' : 'subject', confidence: 0.75 });
  });
}
