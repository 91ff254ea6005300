/** ATR families of the virtual card; historical bytes spell "TH NID …" like real cards (values made up). */
export const ATRS = {
  /** TH NID 10 (2016+ cards), GET RESPONSE P2 = 00 */
  modern: Uint8Array.from([
    0x3b, 0x79, 0x18, 0x00, 0x00, 0x54, 0x48, 0x20, 0x4e, 0x49, 0x44, 0x20, 0x31, 0x30,
  ]),
  /** older cards that need GET RESPONSE P2 = 01 */
  legacy3b67: Uint8Array.from([0x3b, 0x67, 0x00, 0x00, 0x54, 0x48, 0x4e, 0x49, 0x44, 0x30, 0x31]),
} as const;

export type AtrFamily = keyof typeof ATRS;
