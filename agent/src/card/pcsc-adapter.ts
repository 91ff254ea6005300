import pcsclite, { type CardReader, type PCSCLite } from 'pcsclite';
import { AppError } from '../../../shared/errors';
import type { Logger } from '../log';
import type { CardSession, PcscPort, ReaderSnapshot } from './pcsc-port';

// 255 data bytes + SW1 SW2, with headroom: a smaller buffer fails with SCARD_E_INSUFFICIENT_BUFFER on photo chunks.
const RECEIVE_BUFFER = 512;

interface Tracked {
  reader: CardReader;
  /** false until pcscd has reported this reader's first state: until then it is not listed at all */
  known: boolean;
  present: boolean;
  atr: Uint8Array | null;
}

/**
 * PC/SC over `pcsclite`: tracks readers and card presence, and re-establishes the context with backoff when
 * pcscd restarts or the last reader goes away (Windows stops SCardSvr then). Cards are opened SHARED and left
 * powered on disconnect, so other PC/SC software keeps working.
 */
export class PcscliteAdapter implements PcscPort {
  private pcsc: PCSCLite | null = null;
  private readonly tracked = new Map<string, Tracked>();
  private readonly listeners = new Set<() => void>();
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay: number;
  private closed = false;

  constructor(
    private readonly log: Logger,
    private readonly backoff = { minMs: 100, maxMs: 5000 },
  ) {
    this.retryDelay = backoff.minMs;
    this.establish();
  }

  get state(): 'up' | 'down' {
    return this.pcsc ? 'up' : 'down';
  }

  readers(): ReaderSnapshot[] {
    // A reader is listed only with its real first state, so a card already in it never looks like an insertion.
    return [...this.tracked.entries()]
      .filter(([, t]) => t.known)
      .map(([name, t]) => ({ name, cardPresent: t.present, atr: t.atr }));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  connect(readerName: string): Promise<CardSession> {
    const t = this.tracked.get(readerName);
    if (!t) return Promise.reject(new AppError('READER_NOT_FOUND', 'ไม่พบเครื่องอ่านบัตร (reader not found)'));
    const { reader } = t;
    return new Promise((resolve, reject) => {
      const options = {
        share_mode: reader.SCARD_SHARE_SHARED,
        protocol: reader.SCARD_PROTOCOL_T0 | reader.SCARD_PROTOCOL_T1,
      };
      reader.connect(options, (err, protocol) => {
        if (err)
          return reject(
            new AppError('CARD_ABSENT', 'เชื่อมต่อบัตรไม่ได้ (cannot connect to the card)', { cause: err }),
          );
        resolve(this.session(reader, protocol, t.atr ?? new Uint8Array()));
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.teardown();
  }

  private session(reader: CardReader, protocol: number, atr: Uint8Array): CardSession {
    return {
      atr,
      transmit: (apdu) =>
        new Promise((resolve, reject) => {
          reader.transmit(Buffer.from(apdu), RECEIVE_BUFFER, protocol, (err, data) => {
            if (err)
              reject(new AppError('CARD_REMOVED', 'บัตรถูกถอดออกระหว่างอ่าน (card removed)', { cause: err }));
            else resolve(new Uint8Array(data));
          });
        }),
      disconnect: () => new Promise((resolve) => reader.disconnect(reader.SCARD_LEAVE_CARD, () => resolve())),
    };
  }

  private establish(): void {
    this.retryTimer = null;
    if (this.closed) return;
    try {
      const pcsc = pcsclite();
      pcsc.on('reader', (reader) => this.track(reader));
      pcsc.on('error', (err) => this.lost(err));
      this.pcsc = pcsc;
      this.retryDelay = this.backoff.minMs;
      this.log.info('pcsc.up');
      this.emit();
    } catch (err) {
      this.scheduleRetry(err);
    }
  }

  private track(reader: CardReader): void {
    const t: Tracked = { reader, known: false, present: false, atr: null };
    this.tracked.set(reader.name, t);
    reader.on('status', (status) => {
      const present =
        (status.state & reader.SCARD_STATE_PRESENT) !== 0 && (status.state & reader.SCARD_STATE_MUTE) === 0;
      const atr = present && status.atr?.length ? new Uint8Array(status.atr) : null;
      if (t.known && present === t.present && sameBytes(atr, t.atr)) return;
      t.known = true;
      t.present = present;
      t.atr = atr;
      this.emit();
    });
    reader.on('end', () => {
      this.tracked.delete(reader.name);
      this.emit();
    });
    // Without a listener an 'error' event would crash the agent; the service-level error triggers recovery.
    reader.on('error', (err) => this.log.warn('pcsc.reader_error', { reason: err.message }));
  }

  private lost(err: Error): void {
    if (this.closed) return;
    this.log.warn('pcsc.down', { reason: err.message });
    this.teardown();
    this.emit();
    this.scheduleRetry(err);
  }

  private teardown(): void {
    const pcsc = this.pcsc;
    this.pcsc = null;
    for (const { reader } of this.tracked.values()) {
      reader.removeAllListeners('status');
      reader.on('error', () => {});
      try {
        reader.close();
      } catch {
        // the reader thread may already have ended with the service
      }
    }
    this.tracked.clear();
    if (pcsc) {
      pcsc.removeAllListeners('reader');
      pcsc.on('error', () => {});
      try {
        pcsc.close();
      } catch {
        // same
      }
    }
  }

  private scheduleRetry(err: unknown): void {
    if (this.closed || this.retryTimer) return;
    if (this.retryDelay === this.backoff.minMs) {
      this.log.warn('pcsc.unavailable', { reason: err instanceof Error ? err.message : 'unknown' });
    }
    this.retryTimer = setTimeout(() => this.establish(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, this.backoff.maxMs);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
