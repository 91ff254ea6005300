import { normalizeTitle } from '../../thai/title-prefix';

export interface SplitName {
  title: string;
  first: string;
  middle: string;
  last: string;
}

/** Thai marks that never begin a syllable: a title cannot end right before one (นาง|สาวิตรี, not นางสาว|ิตรี). */
const COMBINING = /^[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/;
const LONGEST_TITLE = 40;

/**
 * Splits a leading title off `text` ("นายสมชาย", "ว่าที่ ร.ต.หญิง สมศรี", "น.ส. สมศรี") by the longest prefix the
 * title table knows. Returns the canonical title and the rest, or null title when none is found.
 */
export function splitTitle(text: string): { title: string; rest: string } {
  const t = text.trim();
  for (let end = Math.min(LONGEST_TITLE, t.length - 1); end > 0; end--) {
    const rest = t.slice(end);
    if (COMBINING.test(rest)) continue;
    const head = t.slice(0, end);
    const title = normalizeTitle(head);
    if (!title.recognized || rest.trim() === '') continue;
    // dots are optional in the title table (จ.อ. = จอ), so a compound glued to the name (นายจอห์น) is only
    // believed when a space or a dot closes it
    if (title.parts.length === 1 || /^\s/.test(rest) || head.endsWith('.'))
      return { title: title.canonical, rest: rest.trim() };
  }
  return { title: '', rest: t };
}

/**
 * A combined ชื่อ-สกุล cell → parts: title by the table, then the first word is the first name, the last word the
 * surname and anything between the middle name (Thai names rarely have one).
 */
export function splitFullName(text: string): SplitName {
  const { title, rest } = splitTitle(text);
  const words = rest.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { title, first: '', middle: '', last: '' };
  if (words.length === 1) return { title, first: words[0] ?? '', middle: '', last: '' };
  return {
    title,
    first: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    last: words[words.length - 1] ?? '',
  };
}
