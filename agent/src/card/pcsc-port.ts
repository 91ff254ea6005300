import type { CardChannel } from './card-channel';

/** What the agent knows about one reader; no card data. */
export interface ReaderSnapshot {
  name: string;
  cardPresent: boolean;
  atr: Uint8Array | null;
}

/** A connected card; disconnecting leaves the card powered for other PC/SC clients. */
export interface CardSession extends CardChannel {
  disconnect(): Promise<void>;
}

/** The PC/SC service as the agent needs it. The only implementation talking to pcscd is pcsc-adapter.ts. */
export interface PcscPort {
  /** `down` while pcscd (or Windows' SCardSvr) is unreachable; the port keeps retrying by itself. */
  readonly state: 'up' | 'down';
  /**
   * Readers whose state PC/SC has reported at least once. A reader appears here with its real first state, so a
   * card already in it when the service (re)lists readers shows up as present, never as absent-then-inserted.
   */
  readers(): ReaderSnapshot[];
  /** Called on every reader, card or service change; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  connect(readerName: string): Promise<CardSession>;
  close(): Promise<void>;
}
