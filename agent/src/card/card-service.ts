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
  /**
   * The read is armed and waits for a card: `insert` when the reader is empty, `reinsert` when the card in it was
   * already there (or already read) and must be taken out and put back first. Called at most once.
   */
  onWaiting?: (reason: WaitReason) => void;
  onText?: (text: CardText) => void;
  onPhotoProgress?: (bytesRead: number, bytesTotal: number) => void;
}

export interface CardServiceOptions {
  presenceWindowMs: number;
  waitForCardMs: number;
  /** how long to keep retrying the first connect after insertion (instead of a fixed settling sleep) */
  connectRetryMs: number;
  /**
   * After PC/SC re-lists a reader it had lost (pcscd restart, reader replugged), a card reported within this time
   * is the card that was already there coming back, not an insertion: drivers report it a moment after the reader.
   */
  relistSettleMs: number;
  now: () => number;
}

export type WaitReason = 'insert' | 'reinsert';

interface Insertion {
  at: number;
  consumed: boolean;
}

/** What the service knows about one listed reader. */
interface Slot {
  present: boolean;
  /** the first absent → present before this time is not an insertion (see relistSettleMs) */
  settleUntil: number;
  /** an insertion seen by this service (absent → present); null for a card that was there when the reader was listed */
  insertion: Insertion | null;
}

const DEFAULTS: CardServiceOptions = {
  presenceWindowMs: 10_000,
  waitForCardMs: 60_000,
  connectRetryMs: 1500,
  relistSettleMs: 3000,
  now: Date.now,
};

/** Serialises card reads over one PcscPort and enforces the user-presence rule (one read per insertion). */
export class CardService {
  private readonly options: CardServiceOptions;
  private readonly slots = new Map<string, Slot>();
  /** readers PC/SC listed before and lost since: when they come back, their first card report is not an insertion */
  private readonly lost = new Set<string>();
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

  /**
   * Only a change from absent to present on a reader this service already knew counts as an insertion. A reader
   * seen for the first time — at start, or after PC/SC re-listed the readers (pcscd restart) — brings no insertion,
   * even with a card in it: nobody can tell when that card went in, or whether it was swapped meanwhile. A re-listed
   * reader whose card shows up just after it (relistSettleMs) is treated the same way.
   */
  private observe(): void {
    const now = this.options.now();
    const listed = new Set<string>();
    for (const r of this.port.readers()) {
      listed.add(r.name);
      const slot = this.slots.get(r.name);
      if (!slot) {
        const settleUntil = this.lost.delete(r.name) ? now + this.options.relistSettleMs : 0;
        this.slots.set(r.name, { present: r.cardPresent, settleUntil, insertion: null });
        continue;
      }
      if (r.cardPresent && !slot.present) {
        if (now >= slot.settleUntil) slot.insertion = { at: now, consumed: false };
        slot.settleUntil = 0; // only the first card report after re-listing is the old card
      }
      if (!r.cardPresent) slot.insertion = null;
      slot.present = r.cardPresent;
    }
    for (const name of this.slots.keys()) {
      if (listed.has(name)) continue;
      this.slots.delete(name);
      this.lost.add(name);
    }
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
      const ins = this.slots.get(r.name)?.insertion ?? null;
      return ins !== null && !ins.consumed && ins.at >= armedAt - this.options.presenceWindowMs;
    };
    const pick = () => {
      const present = this.candidates(request);
      return request.requireFreshInsertion ? present.find(fresh) : present[0];
    };
    const ready = pick();
    if (ready) {
      this.consume(ready);
      return ready;
    }
    // P-07: a card that is in but not freshly inserted is not refused: the read stays armed until it is put back.
    request.onWaiting?.(this.candidates(request).length > 0 ? 'reinsert' : 'insert');
    const reader = await this.waitFor(pick, request.signal);
    this.consume(reader);
    return reader;
  }

  private consume(reader: ReaderSnapshot): void {
    const ins = this.slots.get(reader.name)?.insertion;
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
