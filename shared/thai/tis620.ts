/**
 * TIS-620 maps 0xA1–0xDA and 0xDF–0xFB to U+0E01–U+0E3A / U+0E3F–U+0E5B (code point = byte + 0x0D60).
 * Bytes it leaves undefined become U+FFFD so a corrupt field is visible instead of silently wrong.
 */
export function decodeTis620Fallback(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b < 0x80) out += String.fromCharCode(b);
    else if ((b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb)) out += String.fromCharCode(b + 0x0d60);
    else out += '\uFFFD';
  }
  return out;
}

function createNativeDecoder(): TextDecoder | null {
  try {
    return new TextDecoder('windows-874');
  } catch {
    // Node built without full ICU throws RangeError for this label.
    return null;
  }
}

const nativeDecoder = createNativeDecoder();

/** Decodes TIS-620 text with ICU's windows-874 decoder, or the table fallback when ICU lacks it. */
export function decodeTis620(bytes: Uint8Array): string {
  return nativeDecoder ? nativeDecoder.decode(bytes) : decodeTis620Fallback(bytes);
}

/** Encodes Thai/ASCII text as TIS-620 (for test cards and fixtures); throws on characters TIS-620 lacks. */
export function encodeTis620(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if ((c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e3f && c <= 0x0e5b)) out[i] = c - 0x0d60;
    else throw new RangeError(`character U+${c.toString(16).toUpperCase()} has no TIS-620 byte`);
  }
  return out;
}
