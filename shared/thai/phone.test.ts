import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatThaiPhone, parseThaiPhone } from './phone';

describe('Thai phone numbers', () => {
  it.each([
    ['081-234-5678', { kind: 'mobile', digits: '0812345678', extension: null }, '081-234-5678'],
    ['+66 81 234 5678', { kind: 'mobile', digits: '0812345678', extension: null }, '081-234-5678'],
    ['๐๙๑ ๒๓๔ ๕๖๗๘', { kind: 'mobile', digits: '0912345678', extension: null }, '091-234-5678'],
    ['02 123 4567', { kind: 'landline', digits: '021234567', extension: null }, '0-2123-4567'],
    ['0-5321-1234 ต่อ 112', { kind: 'landline', digits: '053211234', extension: '112' }, '0-5321-1234 ต่อ 112'],
    ['(053) 211234 ext. 9', { kind: 'landline', digits: '053211234', extension: '9' }, '0-5321-1234 ต่อ 9'],
  ])('%s', (text, parsed, formatted) => {
    const p = parseThaiPhone(text);
    expect(p).toEqual(parsed);
    expect(p && formatThaiPhone(p)).toBe(formatted);
  });

  it.each([['0612345678 ต่อ 1'], ['061234567'], ['0112345678'], ['12345'], ['โทร']])('rejects %j', (text) => {
    expect(parseThaiPhone(text)).toBeNull();
  });

  it('parse ∘ format is the identity for valid numbers', () => {
    const mobile = fc
      .tuple(fc.constantFrom('06', '08', '09'), fc.stringMatching(/^\d{8}$/))
      .map(([a, b]) => a + b);
    const landline = fc
      .tuple(fc.constantFrom('02', '053', '044', '075'), fc.stringMatching(/^\d{7}$/))
      .map(([a, b]) => (a + b).slice(0, 9));
    fc.assert(
      fc.property(fc.oneof(mobile, landline), (digits) => {
        const p = parseThaiPhone(digits);
        expect(p).not.toBeNull();
        if (p) expect(parseThaiPhone(formatThaiPhone(p))).toEqual(p);
      }),
    );
  });
});
