import { describe, expect, it } from 'vitest';
import { getResponse, getResponseP2, readBinary, selectApplet, statusWord, toHex } from './apdu';
import { chunkRange, FIELD, TEXT_BLOCKS } from './thai-id-layout';

describe('APDUs', () => {
  it('builds the published commands', () => {
    expect(toHex(selectApplet())).toBe('00A4040008A000000054480001');
    expect(toHex(readBinary({ offset: 0x0004, length: 13 }))).toBe('80B000040200' + '0D');
    expect(toHex(readBinary({ offset: 0x1579, length: 160 }))).toBe('80B015790200A0');
    expect(toHex(getResponse(1, 0x0d))).toBe('00C000010D');
    expect(() => readBinary({ offset: 0, length: 256 })).toThrow(RangeError);
  });

  it('chooses GET RESPONSE P2 = 01 only for 3B 67 cards', () => {
    expect(getResponseP2(Uint8Array.from([0x3b, 0x67, 0x00]))).toBe(1);
    expect(getResponseP2(Uint8Array.from([0x3b, 0x68, 0x00]))).toBe(0);
    expect(getResponseP2(Uint8Array.from([0x3b, 0x79, 0x18]))).toBe(0);
    expect(getResponseP2(new Uint8Array())).toBe(0);
  });

  it('reads status words and refuses empty answers', () => {
    expect(statusWord(Uint8Array.from([1, 2, 0x90, 0x00]))).toBe(0x9000);
    expect(statusWord(Uint8Array.from([0x61]))).toBeNull();
  });

  it('covers the text fields with three reads of at most 255 bytes and the photo area with 21', () => {
    expect(TEXT_BLOCKS.identity).toEqual({ offset: 0x0004, length: 222 });
    expect(TEXT_BLOCKS.cardInfo).toEqual({ offset: 0x00f6, length: 129 });
    const chunks = chunkRange(FIELD.photo);
    expect(chunks).toHaveLength(21);
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(5118);
    expect(chunks[1]).toEqual({ offset: 0x017b + 255, length: 255 });
    expect(chunks.at(-1)).toEqual({ offset: 0x017b + 5100, length: 18 });
  });
});
