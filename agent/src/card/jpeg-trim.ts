/**
 * Length of the JPEG at the start of `bytes` up to and including its EOI marker, walking the segment structure
 * so FF D9 inside a comment or header is not mistaken for the end. Returns null when it is not a whole JPEG.
 */
export function jpegLength(bytes: Uint8Array): number | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const segmentLength = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (marker === 0xda) return scanEntropy(bytes, at + 2 + segmentLength);
    at += 2 + segmentLength;
  }
  return null;
}

function scanEntropy(bytes: Uint8Array, from: number): number | null {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1] ?? 0;
    if (next === 0xd9) return i + 2;
    // FF 00 is a stuffed FF; FF D0–D7 are restart markers; anything else starts a new segment (progressive JPEG).
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) continue;
    const nested = jpegLengthFromMarker(bytes, i);
    return nested;
  }
  return null;
}

function jpegLengthFromMarker(bytes: Uint8Array, at: number): number | null {
  const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
  const marker = bytes[at + 1];
  const next = at + 2 + length;
  if (marker === 0xda) return scanEntropy(bytes, next);
  if (next + 1 >= bytes.length || bytes[next] !== 0xff) return null;
  return jpegLengthFromMarker(bytes, next);
}

/** The card photo without the padding after its JPEG end; the area as read when it holds no whole JPEG. */
export function trimPhoto(area: Uint8Array): Uint8Array {
  const length = jpegLength(area);
  return length === null ? area : area.slice(0, length);
}
