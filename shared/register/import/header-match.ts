import { thaiToAsciiDigits } from '../../thai/digits';
import type { HistorySection } from '../history-sections';
import type { StaffType } from '../staff-type';
import {
  fieldSpec,
  fieldsOfKind,
  type ImportField,
  SECTION_FIELDS,
  SECTION_SHEET_NAMES,
  type SheetKind,
} from './import-fields';
import { parseStaffType } from './staff-type-text';

/**
 * Header text → field. Officers' headers vary in spaces, dots, ฯ, digit style, numbering ("๑๓ . ตำแหน่ง…") and
 * explanatory brackets ("วันเกิด (วว/ดด/ปปปป)"), so both sides are normalised; hyphens and slashes are kept because
 * they carry meaning (ชื่อ-สกุล is a full name, ชื่อสกุล a surname).
 */
export function normalizeHeader(text: string): string {
  return thaiToAsciiDigits(text)
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\s\u200b\u00a0.ฯ'"“”:*_,()[\]]/g, '');
}

function withoutBrackets(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

function withoutNumbering(text: string): string {
  return thaiToAsciiDigits(text).replace(/^\s*\d+(\s*[.)]\s*\d*)*\s*/, '');
}

const INDEX = new Map<SheetKind, Map<string, ImportField>>();
function indexOf(kind: SheetKind): Map<string, ImportField> {
  let index = INDEX.get(kind);
  if (!index) {
    index = new Map();
    for (const field of fieldsOfKind(kind))
      for (const header of fieldSpec(field).headers) {
        const key = normalizeHeader(header);
        if (!index.has(key)) index.set(key, field);
      }
    INDEX.set(kind, index);
  }
  return index;
}

/** Normalised forms of a header to look up in turn; memoised because header search tries each row many times. */
const KEYS_CACHE = new Map<string, string[]>();
function headerKeys(header: string): string[] {
  let keys = KEYS_CACHE.get(header);
  if (!keys) {
    const forms = [header, withoutNumbering(header), withoutBrackets(withoutNumbering(header))];
    keys = [...new Set(forms.map(normalizeHeader))].filter((k) => k !== '');
    if (KEYS_CACHE.size > 20_000) KEYS_CACHE.clear();
    KEYS_CACHE.set(header, keys);
  }
  return keys;
}

/** The field a header names on a sheet of `kind`, or null when it is not one we import. */
export function matchHeader(header: string, kind: SheetKind): ImportField | null {
  const index = indexOf(kind);
  for (const key of headerKeys(header)) {
    const field = index.get(key);
    if (field) return field;
  }
  return null;
}

const SHEET_NAME_INDEX = new Map<string, HistorySection>(
  Object.entries(SECTION_SHEET_NAMES).flatMap(([section, names]) =>
    names.map((n) => [normalizeHeader(n), section as HistorySection] as const),
  ),
);

/** The section a sheet's name announces (การศึกษา, วันลา, "13. ตำแหน่งและอัตราเงินเดือน"), else null. */
export function sectionOfSheetName(name: string): HistorySection | null {
  return (
    SHEET_NAME_INDEX.get(normalizeHeader(withoutNumbering(name))) ??
    SHEET_NAME_INDEX.get(normalizeHeader(withoutBrackets(withoutNumbering(name)))) ??
    null
  );
}

/** A people sheet named after a staff type ("ลูกจ้างประจำ") gives its rows that type when they have none. */
export function staffTypeOfSheetName(name: string): StaffType | null {
  return parseStaffType(withoutBrackets(withoutNumbering(name)));
}

export interface MappingSuggestion {
  kind: SheetKind;
  /** one entry per header; null = not imported */
  fields: (ImportField | null)[];
}

/**
 * Suggests what each column holds. The sheet's name decides its kind when it names a section; otherwise the kind
 * whose fields match the most headers wins (people on a tie). A field is given to its first matching column only.
 */
export function suggestMapping(
  headers: readonly string[],
  context: { sheetName?: string } = {},
): MappingSuggestion {
  return suggestFromCandidates(
    headers.map((h) => [h]),
    context.sheetName,
  );
}

/** Number of columns mapped to a field other than the row number: how header-like a row is. */
export function mappingScore(s: MappingSuggestion): number {
  return s.fields.filter((x) => x !== null && x !== 'rowNumber').length;
}

/**
 * As suggestMapping, but each column offers several texts to try in order (a two-row header offers
 * "sub (group)", "sub", "group").
 */
export function suggestFromCandidates(
  columns: readonly (readonly string[])[],
  sheetName?: string,
): MappingSuggestion {
  const named = sheetName ? sectionOfSheetName(sheetName) : null;
  const kinds: SheetKind[] = named
    ? [named]
    : ['people', ...(Object.keys(SECTION_FIELDS) as HistorySection[])];
  let best: MappingSuggestion = { kind: kinds[0] ?? 'people', fields: columns.map(() => null) };
  let bestScore = 0;
  for (const kind of kinds) {
    const used = new Set<ImportField>();
    const fields = columns.map((texts) => {
      for (const text of texts) {
        const field = matchHeader(text, kind);
        if (field && !used.has(field)) {
          used.add(field);
          return field;
        }
      }
      return null;
    });
    const suggestion = { kind, fields };
    const score = mappingScore(suggestion);
    if (score > bestScore) {
      best = suggestion;
      bestScore = score;
    }
  }
  return best;
}
