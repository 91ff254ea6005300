/** One connected card: its ATR and a way to exchange APDUs. Implemented over PC/SC, faked nowhere. */
export interface CardChannel {
  readonly atr: Uint8Array;
  transmit(apdu: Uint8Array): Promise<Uint8Array>;
}
