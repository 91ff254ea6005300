/**
 * The ก.ถ. ปลัด registry wants a 4×6 cm portrait (2:3). The card photo (about 148×178 px) is wider than that, so it is
 * cropped at the sides around the face: the largest 2:3 rectangle with whole pixels that holds the face box, as
 * near the face's centre as the picture allows. Output is exactly 2:3 (width = 2k, height = 3k).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the face sits on a Thai ID card photo when nothing better is known: the card photos are taken to one
 * standard (head centred, shoulders at the bottom), so the middle 60 % across and the 10–75 % band down hold it.
 */
export function defaultCardFaceBox(width: number, height: number): Box {
  return {
    x: Math.round(width * 0.2),
    y: Math.round(height * 0.1),
    width: Math.round(width * 0.6),
    height: Math.round(height * 0.65),
  };
}

/** Low-resolution warning threshold: the registry prints 4×6 cm; under 300×450 px the print looks blurred. */
export const MIN_PORTRAIT = { width: 300, height: 450 } as const;

export function portraitCrop(
  width: number,
  height: number,
  face: Box = defaultCardFaceBox(width, height),
): Box {
  if (!(width >= 2 && height >= 3)) throw new RangeError('picture too small to crop');
  const k = Math.min(Math.floor(width / 2), Math.floor(height / 3));
  const w = 2 * k;
  const h = 3 * k;
  const place = (centre: number, size: number, limit: number, lo: number, hi: number) => {
    // centre on the face, then slide so the face stays inside and the crop stays inside the picture
    let start = Math.round(centre - size / 2);
    start = Math.min(start, lo);
    start = Math.max(start, hi - size);
    return Math.max(0, Math.min(start, limit - size));
  };
  const x = place(face.x + face.width / 2, w, width, face.x, face.x + face.width);
  const y = place(face.y + face.height / 2, h, height, face.y, face.y + face.height);
  return { x, y, width: w, height: h };
}

/** True when the crop holds the whole face box. */
export function containsBox(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
