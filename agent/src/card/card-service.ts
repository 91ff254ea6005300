import { setTimeout as sleep } from 'node:timers/promises';
import type { CardField, CardText } from '../../../shared/card/card-record';
import { AppError } from '../../../shared/errors';
import type { CardSession, PcscPort, ReaderSnapshot } from './pcsc-port';
import { readThaiIdCard, type ThaiIdReadResult } from './thai-id-reader';

export interface CardReadRequest {
  fields: readonly CardField[];
  photo: boolean;
  /** P-07: serve only a card inserted after the request, or at most `presenceWindowMs` before it, once. */
  requireFreshInsertion: boolean;
  readerName?: string;
  signal?: AbortSignal;
  onWaiting?: () => void;
  onText?: (text: CardText) => void;
  onPhotoProgress?: (bytesRead: number, bytesTotal: number) => void;
}

export interface CardServiceOptions {
  presenceWindowMs: number;
  waitForCardMs: number;
  /** how long to keep retrying the first connect after insertion (instead of a fixed settling sleep) */
  connectRetryMs: number;
  now: () => number;
}

interface Insertion {
  at: number;
  consumed: boolean;
}

const DEFAULTS: CardServiceOptions = {
  presenceWindowMs: 10_000,
  waitForCardMs: 60_000,
  connectRetryMs: 1500,
  now: Date.now,
};

/** Serialises card reads over one PcscPort and enforces the user-presence rule (one read per insertion). */
export class CardService {
  private readonly options: CardServiceOptions;
  private readonly insertions = new Map<string, Insertion>();
  private readonly waiters = new Set<() => void>();
  private busy = false;

  constructor(
    readonly port: PcscPort,
    options: Partial<CardServiceOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    port.onChange(() => this.observe());
    this.observe();
  }

  get isBusy(): boolean {
    return this.busy;
  }

  async read(request: CardReadRequest): Promise<ThaiIdReadResult & { readerName: string }> {
    if (this.busy) throw new AppError('BUSY', 'กำลังอ่านบัตรอยู่ กรุณารอสักครู่ (another read is in progress)');
    this.busy = true;
    try {
      const reader = await this.acquire(request);
      const session = await this.connect(reader.name, request.signal);
      try {
        return { ...(await readThaiIdCard(session, request)), readerName: reader.name };
      } finally {
        await session.disconnect();
      }
    } finally {
      this.busy = false;
    }
  }

  private observe(): void {
    const now = this.options.now();
    const present = new Set(
      this.port
        .readers()
        .filter((r) => r.cardPresent)
        .map((r) => r.name),
    );
    for (const name of present)
      if (!this.insertions.has(name)) this.insertions.set(name, { at: now, consumed: false });
    for (const name of this.insertions.keys()) if (!present.has(name)) this.insertions.delete(name);
    for (const wake of this.waiters) wake();
  }

  private candidates(request: CardReadRequest): ReaderSnapshot[] {
    return this.port
      .readers()
      .filter((r) => r.cardPresent && (!request.readerName || r.name === request.readerName));
  }

  private async acquire(request: CardReadRequest): Promise<ReaderSnapshot> {
    const armedAt = this.options.now();
    const fresh = (r: ReaderSnapshot) => {
      const ins = this.insertions.get(r.name);
      return ins !== undefined && !ins.consumed && ins.at >= armedAt - this.options.presenceWindowMs;
    };
    const present = this.candidates(request);
    if (present.length > 0) {
      const reader = request.requireFreshInsertion ? present.find(fresh) : present[0];
      if (!reader) {
        throw new AppError(
          'PRESENCE_REQUIRED',
          'กรุณาถอดบัตรแล้วเสียบใหม่เพื่อยืนยันการอ่าน (remove and re-insert the card)',
        );
      }
      this.consume(reader);
      return reader;
    }
    request.onWaiting?.();
    const reader = await this.waitFor(() => this.candidates(request).find(fresh), request.signal);
    this.consume(reader);
    return reader;
  }

  private consume(reader: ReaderSnapshot): void {
    const ins = this.insertions.get(reader.name);
    if (ins) ins.consumed = true;
  }

  private waitFor(pick: () => ReaderSnapshot | undefined, signal?: AbortSignal): Promise<ReaderSnapshot> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        signal?.removeEventListener('abort', onAbort);
      };
      const check = () => {
        const reader = pick();
        if (reader) {
          done();
          resolve(reader);
        }
      };
      const onAbort = () => {
        done();
        reject(new AppError('TIMEOUT', 'ยกเลิกการรอบัตร (waiting for the card was cancelled)'));
      };
      const timer = setTimeout(() => {
        done();
        reject(new AppError('CARD_ABSENT', 'ไม่พบบัตรในเครื่องอ่าน กรุณาเสียบบัตร (no card was inserted in time)'));
      }, this.options.waitForCardMs);
      this.waiters.add(check);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private async connect(readerName: string, signal?: AbortSignal): Promise<CardSession> {
    const deadline = this.options.now() + this.options.connectRetryMs;
    for (;;) {
      try {
        return await this.port.connect(readerName);
      } catch (error) {
        // Some readers report the card before it can be powered; retry briefly while it stays present.
        const stillThere = this.port.readers().some((r) => r.name === readerName && r.cardPresent);
        if (!stillThere) throw new AppError('CARD_REMOVED', 'บัตรถูกถอดออก (card removed)', { cause: error });
        if (this.options.now() > deadline || signal?.aborted) throw error;
        await sleep(50);
      }
    }
  }
}
