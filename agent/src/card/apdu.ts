import { MOI_APPLET_AID, type ReadRange } from './thai-id-layout';

/** Status word of a response APDU. */
export function statusWord(response: Uint8Array): number | null {
  if (response.length < 2) return null;
  return ((response[response.length - 2] ?? 0) << 8) | (response[response.length - 1] ?? 0);
}

/** `00 A4 04 00 Lc AID`: SELECT the MOI applet by name. */
export function selectApplet(aid: Uint8Array = MOI_APPLET_AID): Uint8Array {
  return Uint8Array.from([0x00, 0xa4, 0x04, 0x00, aid.length, ...aid]);
}

/** `80 B0 P1 P2 02 00 Le`: the card's proprietary READ BINARY (the 2 data bytes carry the length). */
export function readBinary(range: ReadRange): Uint8Array {
  if (range.length < 1 || range.length > 255) throw new RangeError('READ BINARY length must be 1-255');
  return Uint8Array.from([
    0x80,
    0xb0,
    (range.offset >> 8) & 0xff,
    range.offset & 0xff,
    0x02,
    0x00,
    range.length,
  ]);
}

/** `00 C0 00 P2 Le`: GET RESPONSE; P2 is 01 for cards whose ATR starts 3B 67, else 00. */
export function getResponse(p2: 0 | 1, length: number): Uint8Array {
  return Uint8Array.from([0x00, 0xc0, 0x00, p2, length & 0xff]);
}

/** The GET RESPONSE P2 a card expects, decided by its ATR (3B 67 … → 01). */
export function getResponseP2(atr: Uint8Array): 0 | 1 {
  return atr[0] === 0x3b && atr[1] === 0x67 ? 1 : 0;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}
