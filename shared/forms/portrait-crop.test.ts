import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsBox, defaultCardFaceBox, portraitCrop } from './portrait-crop';

describe('portraitCrop (4×6 cm, 2:3)', () => {
  it('crops a card photo (148×178) at the sides and keeps the face box', () => {
    const crop = portraitCrop(148, 178);
    expect(crop.width * 3).toBe(crop.height * 2);
    expect(crop).toEqual({ x: 16, y: 0, width: 118, height: 177 });
    expect(containsBox(crop, defaultCardFaceBox(148, 178))).toBe(true);
  });

  it('is exactly 2:3, inside the picture, and holds any face box that fits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 2000 }),
        fc.integer({ min: 30, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        (w, h, fx, fy, size) => {
          const k = Math.min(Math.floor(w / 2), Math.floor(h / 3));
          const faceW = Math.max(1, Math.floor(Math.min(2 * k, w) * size));
          const faceH = Math.max(1, Math.floor(Math.min(3 * k, h) * size));
          const face = {
            x: Math.floor(fx * (w - faceW)),
            y: Math.floor(fy * (h - faceH)),
            width: faceW,
            height: faceH,
          };
          const crop = portraitCrop(w, h, face);
          expect(crop.width * 3).toBe(crop.height * 2);
          expect(crop.x).toBeGreaterThanOrEqual(0);
          expect(crop.y).toBeGreaterThanOrEqual(0);
          expect(crop.x + crop.width).toBeLessThanOrEqual(w);
          expect(crop.y + crop.height).toBeLessThanOrEqual(h);
          expect(containsBox(crop, face)).toBe(true);
        },
      ),
      { seed: 2029, verbose: true },
    );
  });
});
