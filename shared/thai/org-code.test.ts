import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrgCode } from './org-code';

describe('DLA อปท. code', () => {
  it.each([
    ['5570801', 'subdistrict-municipality', '57', '5708', '01'],
    ['6510407', 'sao', '51', '5104', '07'],
    ['3340101', 'city-municipality', '34', '3401', '01'],
    ['02810101', 'pao', '81', '8101', '01'],
  ])('%s', (code, type, province, amphoe, running) => {
    expect(parseOrgCode(code)).toMatchObject({ type, provinceCode: province, amphoeCode: amphoe, running });
  });

  it.each([['7570801'], ['557080'], ['5090801'], ['5570001'], ['abcdefg'], ['']])('rejects %j', (code) => {
    expect(parseOrgCode(code)).toBeNull();
  });

  it('decodes every well-formed code back to its own digits', () => {
    const code = fc
      .tuple(
        fc.constantFrom('2', '3', '4', '5', '6'),
        fc.integer({ min: 10, max: 96 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([t, p, a, n]) => `${t}${p}${String(a).padStart(2, '0')}${String(n).padStart(2, '0')}`);
    fc.assert(
      fc.property(code, (c) => {
        const o = parseOrgCode(c);
        expect(o?.code).toBe(c);
        expect(`${c[0]}${o?.amphoeCode}${o?.running}`).toBe(c);
      }),
    );
  });
});
