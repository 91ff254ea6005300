import { thaiToAsciiDigits } from '../../../shared/thai/digits';

/**
 * The one normaliser for label text *and* pattern literals. NFKC is deliberately not used: it splits ำ into ํ+า
 * and silently breaks Thai patterns. Instead: NFC, the two-character forms typed by hand folded (ํา → ำ, เเ → แ),
 * zero-width and soft-hyphen characters removed, Thai digits → ASCII, required-markers and colons dropped,
 * whitespace collapsed, Latin lower-cased.
 */
export function normalizeLabel(text: string): string {
  if (text.length > 200) return normalizeUncached(text);
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = normalizeUncached(text);
    if (cache.size > 5000) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}

// Labels repeat a lot within a page (option texts, section words); detection must stay fast on 300-control pages.
const cache = new Map<string, string>();

function normalizeUncached(text: string): string {
  return thaiToAsciiDigits(text.normalize('NFC'))
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/\u0E40\u0E40/g, '\u0E41')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-') // en/em dashes and minus typed for the hyphen of ชื่อ-สกุล
    .replace(/[*＊:：]/g, ' ')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A label split into its main text and its parenthetical notes ("ชื่อ (ภาษาอังกฤษ)" → main "ชื่อ", notes ["ภาษาอังกฤษ"]). */
export function splitLabel(text: string): { main: string; notes: string[] } {
  let hit = splitCache.get(text);
  if (!hit) {
    hit = splitUncached(text);
    if (splitCache.size > 5000) splitCache.clear();
    splitCache.set(text, hit);
  }
  return hit;
}

const splitCache = new Map<string, { main: string; notes: string[] }>();

function splitUncached(text: string): { main: string; notes: string[] } {
  const notes: string[] = [];
  const main = normalizeLabel(
    text.replace(/[(（[]([^)）\]]*)[)）\]]/g, (_m, inner: string) => {
      notes.push(normalizeLabel(inner));
      return ' ';
    }),
  );
  return { main, notes: notes.filter(Boolean) };
}
