import { describe, expect, it } from 'vitest';
import { ENGLISH, NEVER_FILL, OTHER_PERSON, RULES } from './heuristic-rules';
import { normalizeLabel, splitLabel } from './normalize-label';
import { CONTEXT_PATTERNS } from './whose-form';

describe('Thai label normaliser', () => {
  it.each([
    ['ตําบล', 'ตำบล'], // nikhahit + sara aa typed as two characters
    ['เเขวง', 'แขวง'], // two sara e for sara ae
    ['ชื่อ\u200Bสกุล', 'ชื่อสกุล'], // zero-width space
    ['ชื่อ\u00ADสกุล', 'ชื่อสกุล'], // soft hyphen
    ['หมู่ที่ ๕', 'หมู่ที่ 5'], // Thai digits
    ['* ชื่อ :', 'ชื่อ'], // required marker and colon
    ['ชื่อ\u00A0\u00A0 สกุล', 'ชื่อ สกุล'], // NBSP and runs of spaces
    ['E-Mail', 'e-mail'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('keeps parenthetical notes apart instead of dropping them', () => {
    expect(splitLabel('ชื่อ-นามสกุล (ภาษาอังกฤษ) *')).toEqual({ main: 'ชื่อ-นามสกุล', notes: ['ภาษาอังกฤษ'] });
    expect(splitLabel('รหัสไปรษณีย์')).toEqual({ main: 'รหัสไปรษณีย์', notes: [] });
  });

  it('every Thai and English word in the patterns is a fixed point of the normaliser', () => {
    const sources = [
      ...RULES.flatMap((r) => [r.positive, r.negative].filter((x): x is RegExp => !!x)),
      ENGLISH,
      NEVER_FILL,
      OTHER_PERSON,
      ...CONTEXT_PATTERNS,
    ];
    const words = sources.flatMap((re) =>
      re.source
        .replace(/\\[.sdw]/g, ' ')
        .split(/[|()^$?*+[\]{}\\ ]+/)
        .filter((w) => w.length > 1),
    );
    expect(words.length).toBeGreaterThan(100);
    for (const word of words) expect(normalizeLabel(word), word).toBe(word);
  });
});
