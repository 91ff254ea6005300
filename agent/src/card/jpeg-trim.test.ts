import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpegLength, trimPhoto } from './jpeg-trim';

const photo = readFileSync(join(import.meta.dirname, '../../virtual-card/photos/malee.jpg'));

describe('photo trimming', () => {
  it('cuts the padding after the JPEG end, even with FF D9 inside a comment segment', () => {
    const area = new Uint8Array(5118);
    area.set(photo);
    expect(jpegLength(area)).toBe(photo.length);
    expect(Buffer.from(trimPhoto(area))).toEqual(photo);
  });

  it('keeps every byte of the JPEG whatever the padding is', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 120 }), (padding) => {
        const area = Uint8Array.from([...photo, ...padding]);
        expect(Buffer.from(trimPhoto(area))).toEqual(photo);
      }),
    );
  });

  it('returns the area unchanged when it holds no whole JPEG', () => {
    const garbage = Uint8Array.from([0x00, 0x01, 0xff, 0xd9, 0x00]);
    expect(jpegLength(garbage)).toBeNull();
    expect(trimPhoto(garbage)).toBe(garbage);
    expect(jpegLength(photo.subarray(0, 1000))).toBeNull();
  });
});
