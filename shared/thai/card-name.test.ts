import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, formatCardName, parseCardName } from './card-name';

describe('card names', () => {
  it('splits on # and keeps the middle name', () => {
    expect(parseCardName('นาย#สมชาย#วิทยา#ใจดี    ')).toEqual({
      title: 'นาย',
      first: 'สมชาย',
      middle: 'วิทยา',
      last: 'ใจดี',
    });
    expect(parseCardName('Mr.#Somchai##Jaidee')).toEqual({
      title: 'Mr.',
      first: 'Somchai',
      middle: '',
      last: 'Jaidee',
    });
  });

  it('keeps multi-word last names whole', () => {
    expect(parseCardName('น.ส.#มาลี##ณ อยุธยา')).toEqual({
      title: 'น.ส.',
      first: 'มาลี',
      middle: '',
      last: 'ณ อยุธยา',
    });
  });

  it('never loses text that is not in card layout', () => {
    expect(parseCardName('สมชาย ใจดี')).toEqual({ title: '', first: 'สมชาย ใจดี', middle: '', last: '' });
    expect(parseCardName('')).toEqual({ title: '', first: '', middle: '', last: '' });
  });

  it('prints names as Thai and English documents do', () => {
    const th = parseCardName('นาย#สมชาย#วิทยา#ใจดี');
    expect(displayName(th, 'th')).toBe('นายสมชาย วิทยา ใจดี');
    expect(displayName(parseCardName('Mr.#Somchai##Jaidee'), 'en')).toBe('Mr. Somchai Jaidee');
  });

  it('parse ∘ format is the identity for names without # or edge spaces', () => {
    const part = fc.string().map((s) => s.replace(/#/g, '').trim());
    fc.assert(
      fc.property(part, part, part, part, (title, first, middle, last) => {
        const name = { title, first, middle, last };
        fc.pre(formatCardName(name).includes('#'));
        expect(parseCardName(formatCardName(name))).toEqual(name);
      }),
    );
  });
});
