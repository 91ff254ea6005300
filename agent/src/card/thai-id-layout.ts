/**
 * The MOI applet of the Thai national ID card: AID and file offsets (one flat binary file, READ BINARY by offset).
 * Facts: ../shared/design/thai-id-card.md §2 (public readers agree; the photo area is 5118 bytes at 0x017B).
 */
export const MOI_APPLET_AID = Uint8Array.from([0xa0, 0x00, 0x00, 0x00, 0x54, 0x48, 0x00, 0x01]);

export const FIELD = {
  version: { offset: 0x0000, length: 4 },
  citizenId: { offset: 0x0004, length: 13 },
  nameTh: { offset: 0x0011, length: 100 },
  nameEn: { offset: 0x0075, length: 100 },
  birthDate: { offset: 0x00d9, length: 8 },
  sex: { offset: 0x00e1, length: 1 },
  requestNo: { offset: 0x00e2, length: 20 },
  issuer: { offset: 0x00f6, length: 100 },
  issuerCode: { offset: 0x015a, length: 13 },
  issueDate: { offset: 0x0167, length: 8 },
  expiryDate: { offset: 0x016f, length: 8 },
  cardType: { offset: 0x0177, length: 2 },
  photo: { offset: 0x017b, length: 5118 },
  address: { offset: 0x1579, length: 160 },
  photoNumber: { offset: 0x1619, length: 14 },
} as const;

export type FieldName = keyof typeof FIELD;

/** Size of the applet file (cardpeek): everything above is inside it. */
export const APPLET_FILE_SIZE = 0x173e;

/** No public reader asks for more than 255 bytes per READ BINARY, so neither do we. */
export const MAX_READ = 255;

/** A contiguous byte range read with one READ BINARY (+ GET RESPONSE). */
export interface ReadRange {
  offset: number;
  length: number;
}

/** Adjacent fields read together: identity block, card block (issuer…expiry), address. */
export const TEXT_BLOCKS = {
  identity: {
    offset: FIELD.citizenId.offset,
    length: FIELD.sex.offset + FIELD.sex.length - FIELD.citizenId.offset,
  },
  cardInfo: {
    offset: FIELD.issuer.offset,
    length: FIELD.expiryDate.offset + FIELD.expiryDate.length - FIELD.issuer.offset,
  },
  address: FIELD.address,
} as const satisfies Record<string, ReadRange>;

/** Splits a range into reads of at most MAX_READ bytes. */
export function chunkRange(range: ReadRange, max = MAX_READ): ReadRange[] {
  const out: ReadRange[] = [];
  for (let at = 0; at < range.length; at += max) {
    out.push({ offset: range.offset + at, length: Math.min(max, range.length - at) });
  }
  return out;
}
