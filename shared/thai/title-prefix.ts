/** Sex implied by a title prefix; used only to check the card's sex, never as its source. */
export type TitleSex = 'male' | 'female' | null;

/** One canonical Thai (or English) title and the spellings officers and cards use for it. */
interface TitleEntry {
  canonical: string;
  sex: TitleSex;
  forms: readonly string[];
}

const RANKS: ReadonlyArray<[string, readonly string[]]> = [
  ['ร้อยตรี', ['ร.ต.']],
  ['ร้อยโท', ['ร.ท.']],
  ['ร้อยเอก', ['ร.อ.']],
  ['สิบตรี', ['ส.ต.']],
  ['สิบโท', ['ส.ท.']],
  ['สิบเอก', ['ส.อ.']],
  ['จ่าสิบตรี', ['จ.ส.ต.']],
  ['จ่าสิบโท', ['จ.ส.ท.']],
  ['จ่าสิบเอก', ['จ.ส.อ.']],
  ['ร้อยตำรวจตรี', ['ร.ต.ต.']],
  ['ร้อยตำรวจโท', ['ร.ต.ท.']],
  ['ร้อยตำรวจเอก', ['ร.ต.อ.']],
  ['พันตำรวจตรี', ['พ.ต.ต.']],
  ['พันตำรวจโท', ['พ.ต.ท.']],
  ['พันตำรวจเอก', ['พ.ต.อ.']],
  ['จ่าเอก', ['จ.อ.']],
  ['เรืออากาศโท', ['ร.อ.ท.']],
];

function rankEntries(): TitleEntry[] {
  const out: TitleEntry[] = [];
  for (const [rank, abbrs] of RANKS) {
    for (const acting of [false, true]) {
      const prefix = acting ? 'ว่าที่' : '';
      const full = `${prefix}${rank}`;
      const forms = [full, ...abbrs.map((a) => `${prefix}${a}`)];
      out.push({ canonical: full, sex: 'male', forms: [...forms, ...forms.map((f) => `${f}ชาย`)] });
      out.push({ canonical: `${full}หญิง`, sex: 'female', forms: forms.map((f) => `${f}หญิง`) });
    }
  }
  return out;
}

const ENTRIES: readonly TitleEntry[] = [
  { canonical: 'นาย', sex: 'male', forms: ['นาย'] },
  { canonical: 'นาง', sex: 'female', forms: ['นาง'] },
  { canonical: 'นางสาว', sex: 'female', forms: ['นางสาว', 'น.ส.', 'นส.'] },
  { canonical: 'เด็กชาย', sex: 'male', forms: ['เด็กชาย', 'ด.ช.', 'ดช.'] },
  { canonical: 'เด็กหญิง', sex: 'female', forms: ['เด็กหญิง', 'ด.ญ.', 'ดญ.'] },
  { canonical: 'นายแพทย์', sex: 'male', forms: ['นายแพทย์', 'นพ.'] },
  { canonical: 'แพทย์หญิง', sex: 'female', forms: ['แพทย์หญิง', 'พญ.'] },
  { canonical: 'ดร.', sex: null, forms: ['ดร.', 'ดอกเตอร์'] },
  { canonical: 'ผศ.', sex: null, forms: ['ผศ.', 'ผู้ช่วยศาสตราจารย์'] },
  { canonical: 'รศ.', sex: null, forms: ['รศ.', 'รองศาสตราจารย์'] },
  { canonical: 'ศ.', sex: null, forms: ['ศ.', 'ศาสตราจารย์'] },
  { canonical: 'ม.จ.', sex: null, forms: ['ม.จ.', 'หม่อมเจ้า'] },
  { canonical: 'ม.ร.ว.', sex: null, forms: ['ม.ร.ว.', 'หม่อมราชวงศ์'] },
  { canonical: 'ม.ล.', sex: null, forms: ['ม.ล.', 'หม่อมหลวง'] },
  { canonical: 'Mr.', sex: 'male', forms: ['Mr.', 'Mister'] },
  { canonical: 'Mrs.', sex: 'female', forms: ['Mrs.'] },
  { canonical: 'Miss', sex: 'female', forms: ['Miss'] },
  { canonical: 'Ms.', sex: 'female', forms: ['Ms.'] },
  { canonical: 'Master', sex: 'male', forms: ['Master', 'Mstr.'] },
  ...rankEntries(),
];

/** Spaces and dots are written inconsistently (ว่าที่ ร.ต., ว่าที่ร.ต, นส), so they never decide a match. */
function titleKey(text: string): string {
  return text.replace(/[\s.]/g, '').toLowerCase();
}

const BY_KEY = new Map<string, TitleEntry>();
for (const entry of ENTRIES)
  for (const form of entry.forms) if (!BY_KEY.has(titleKey(form))) BY_KEY.set(titleKey(form), entry);
const LONGEST_KEY = Math.max(...[...BY_KEY.keys()].map((k) => k.length));

function longestEntryAt(key: string, at: number): { entry: TitleEntry; length: number } | null {
  for (let length = Math.min(LONGEST_KEY, key.length - at); length > 0; length--) {
    const entry = BY_KEY.get(key.slice(at, at + length));
    if (entry) return { entry, length };
  }
  return null;
}

/** A title split into known parts, e.g. `ว่าที่ ร.ต.หญิง ดร.` → [ว่าที่ร้อยตรีหญิง, ดร.]. */
export interface NormalizedTitle {
  /** Canonical parts joined with a space; the input trimmed when a part is unknown. */
  canonical: string;
  parts: string[];
  sex: TitleSex;
  /** False when some of the text is not a known title (kept as written). */
  recognized: boolean;
}

/** Normalises a title prefix by longest match against the canonical table (น.ส. → นางสาว, ด.ช. → เด็กชาย). */
export function normalizeTitle(text: string): NormalizedTitle {
  const key = titleKey(text);
  const parts: string[] = [];
  let sex: TitleSex = null;
  let at = 0;
  while (at < key.length) {
    const match = longestEntryAt(key, at);
    if (!match) return { canonical: text.trim(), parts: [text.trim()], sex: null, recognized: false };
    parts.push(match.entry.canonical);
    sex = match.entry.sex ?? sex;
    at += match.length;
  }
  // Only dots and spaces ("."): nothing recognised, so the text stays as written like any unknown text.
  if (parts.length === 0) return { canonical: text.trim(), parts: [], sex: null, recognized: false };
  return { canonical: parts.join(' '), parts, sex, recognized: true };
}

/** True when an option text on a page (e.g. "น.ส.") names the same title as `title` (e.g. "นางสาว"). */
export function isSameTitle(a: string, b: string): boolean {
  const na = normalizeTitle(a);
  const nb = normalizeTitle(b);
  return na.recognized && nb.recognized && na.canonical === nb.canonical;
}

/** Whether a title agrees with the card's sex: `unknown` when the title implies none (ดร.) or is not recognised. */
export function titleSexConsistency(
  title: string,
  sex: 'male' | 'female' | 'unknown',
): 'consistent' | 'inconsistent' | 'unknown' {
  const implied = normalizeTitle(title).sex;
  if (implied === null || sex === 'unknown') return 'unknown';
  return implied === sex ? 'consistent' : 'inconsistent';
}
