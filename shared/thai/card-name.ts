/** A person's name as the card stores it: `prefix#first#middle#last` (Thai in TIS-620, English in ASCII). */
export interface CardName {
  title: string;
  first: string;
  middle: string;
  last: string;
}

/**
 * Splits a card name on `#` — never on spaces, because middle names and multi-word names contain them.
 * Missing parts are `""`. A name with no `#` at all (not card data) is kept whole as the first name.
 */
export function parseCardName(raw: string): CardName {
  const text = raw.replace(/[\s\0]+$/, '');
  if (!text.includes('#')) return { title: '', first: text.trim(), middle: '', last: '' };
  const [title = '', first = '', middle = '', ...rest] = text.split('#').map((p) => p.trim());
  return { title, first, middle, last: rest.join(' ').trim() };
}

/** Writes a name back in card layout (the inverse of parseCardName for names without `#`). */
export function formatCardName(name: CardName): string {
  return [name.title, name.first, name.middle, name.last].join('#');
}

/** The name as printed: title joined to the first name in Thai (นายสมชาย ใจดี), spaced in English. */
export function displayName(name: CardName, lang: 'th' | 'en'): string {
  const given = [name.first, name.middle].filter(Boolean).join(' ');
  const head = lang === 'th' ? `${name.title}${given}` : [name.title, given].filter(Boolean).join(' ');
  return [head, name.last].filter(Boolean).join(' ');
}
