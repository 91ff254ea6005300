import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTis620, decodeTis620Fallback, encodeTis620 } from './tis620';

const definedByte = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xa1, max: 0xda }),
  fc.integer({ min: 0xdf, max: 0xfb }),
);

describe('TIS-620', () => {
  it('decodes a card name', () => {
    const bytes = Uint8Array.from([0xb9, 0xd2, 0xc2, 0x23, 0xca, 0xc1, 0xaa, 0xd2, 0xc2]);
    expect(decodeTis620(bytes)).toBe('นาย#สมชาย');
    expect(decodeTis620Fallback(bytes)).toBe('นาย#สมชาย');
  });

  it('marks bytes TIS-620 leaves undefined instead of guessing', () => {
    expect(decodeTis620Fallback(Uint8Array.from([0xdb, 0xfc, 0x80]))).toBe('\uFFFD\uFFFD\uFFFD');
  });

  it('ICU windows-874 and the table fallback agree on every defined byte string', () => {
    fc.assert(
      fc.property(fc.array(definedByte, { maxLength: 200 }), (arr) => {
        const bytes = Uint8Array.from(arr);
        expect(decodeTis620(bytes)).toBe(decodeTis620Fallback(bytes));
        expect(encodeTis620(decodeTis620(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses to encode characters TIS-620 cannot hold', () => {
    expect(() => encodeTis620('é')).toThrow(RangeError);
  });
});
