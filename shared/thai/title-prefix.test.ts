import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameTitle, normalizeTitle, titleSexConsistency } from './title-prefix';

describe('title prefixes', () => {
  it.each([
    ['น.ส.', 'นางสาว', 'female'],
    ['นส', 'นางสาว', 'female'],
    ['ด.ช.', 'เด็กชาย', 'male'],
    ['ด.ญ.', 'เด็กหญิง', 'female'],
    ['ว่าที่ ร.ต.', 'ว่าที่ร้อยตรี', 'male'],
    ['ว่าที่ร.ต.หญิง', 'ว่าที่ร้อยตรีหญิง', 'female'],
    ['ว่าที่ร้อยตรีชาย', 'ว่าที่ร้อยตรี', 'male'],
    ['จ.ส.อ.', 'จ่าสิบเอก', 'male'],
    ['ร้อยตำรวจเอก ดร.', 'ร้อยตำรวจเอก ดร.', 'male'],
    ['ผศ.ดร.', 'ผศ. ดร.', null],
    ['Mrs.', 'Mrs.', 'female'],
    ['Mr', 'Mr.', 'male'],
  ])('%s → %s (%s)', (text, canonical, sex) => {
    const n = normalizeTitle(text);
    expect(n.recognized).toBe(true);
    expect(n.canonical).toBe(canonical);
    expect(n.sex).toBe(sex);
  });

  it('keeps an unknown title as written and says so', () => {
    expect(normalizeTitle(' คุณ ')).toEqual({ canonical: 'คุณ', parts: ['คุณ'], sex: null, recognized: false });
  });

  it('matches option texts to titles across abbreviations', () => {
    expect(isSameTitle('น.ส.', 'นางสาว')).toBe(true);
    expect(isSameTitle('นาง', 'นางสาว')).toBe(false);
    expect(isSameTitle('คุณ', 'คุณ')).toBe(false);
  });

  it('checks the title against the card sex', () => {
    expect(titleSexConsistency('นาง', 'female')).toBe('consistent');
    expect(titleSexConsistency('นาย', 'female')).toBe('inconsistent');
    expect(titleSexConsistency('ดร.', 'male')).toBe('unknown');
    expect(titleSexConsistency('นาย', 'unknown')).toBe('unknown');
  });
});

describe('title prefix properties', () => {
  const known = fc.constantFrom(
    'นาย',
    'นาง',
    'นางสาว',
    'น.ส.',
    'ด.ช.',
    'ด.ญ.',
    'ว่าที่ร.ต.',
    'ว่าที่ ร.ต.หญิง',
    'จ.ส.อ.',
    'ดร.',
    'ผศ.',
    'Mr.',
    'Mrs.',
  );
  it('normalising is idempotent, and dots and spaces never change the result', () => {
    fc.assert(
      fc.property(
        fc.array(known, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' ', '  '),
        (parts, sep) => {
          const text = parts.join(sep);
          const once = normalizeTitle(text);
          expect(once.recognized).toBe(true);
          expect(normalizeTitle(once.canonical).canonical).toBe(once.canonical);
          expect(normalizeTitle(text.replace(/\./g, '')).canonical).toBe(once.canonical);
        },
      ),
    );
  });

  it('dots and spaces alone are unknown text, kept as written (a counterexample fast-check found)', () => {
    expect(normalizeTitle('.')).toEqual({ canonical: '.', parts: [], sex: null, recognized: false });
    expect(normalizeTitle(' . ')).toEqual({ canonical: '.', parts: [], sex: null, recognized: false });
  });

  it('never throws and keeps unknown text as written', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const n = normalizeTitle(text);
        if (!n.recognized) expect(n.canonical).toBe(text.trim());
      }),
    );
  });
});
