import { AppError } from '../errors';
import type {
  Collection,
  PullQuery,
  PullResponse,
  PushChange,
  PushRequest,
  PushResponse,
  SyncedRecord,
} from '../protocol/sync';
import { collectionSpec } from './collections';

/** A client's copy of one record: the server revision it is based on, and whether it holds unpushed edits. */
export interface LocalRecord {
  collection: Collection;
  id: string;
  rev: number;
  data: Record<string, unknown> | null;
  dirty: boolean;
  /** the server's version when it moved on while this copy had edits: the officer must choose */
  conflict: SyncedRecord | null;
}

/** Where a client keeps records, cursors and the push in flight (Dexie in the extension, a Map in tests). */
export interface LocalStore {
  get(collection: Collection, id: string): Promise<LocalRecord | undefined>;
  put(record: LocalRecord): Promise<void>;
  dirty(): Promise<LocalRecord[]>;
  cursor(collection: Collection): Promise<number>;
  setCursor(collection: Collection, cursor: number): Promise<void>;
  /** the last push sent but not known to be answered; resent with the same key after a lost response */
  inflight(): Promise<PushRequest | null>;
  setInflight(push: PushRequest | null): Promise<void>;
}

export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(query: PullQuery): Promise<PullResponse>;
}

export interface SyncEvents {
  onConflict?(record: LocalRecord): void;
}

const randomKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Offline-first sync against the backend: local edits are kept and pushed with their base revision; the server's
 * newer versions never silently replace an unpushed edit — they become conflicts the officer resolves.
 */
export class SyncEngine {
  constructor(
    private readonly store: LocalStore,
    private readonly transport: SyncTransport,
    private readonly events: SyncEvents = {},
    private readonly newKey: () => string = randomKey,
  ) {}

  /** Records a local edit (or delete with `data: null`); nothing leaves the machine until `push`. */
  async edit(collection: Collection, id: string, data: Record<string, unknown> | null): Promise<void> {
    const current = await this.store.get(collection, id);
    await this.store.put({
      collection,
      id,
      rev: current?.rev ?? 0,
      data,
      dirty: true,
      conflict: current?.conflict ?? null,
    });
  }

  /** Pushes pending edits; a push whose answer was lost is resent first, with its idempotency key. */
  async push(): Promise<PushResponse | null> {
    let request = await this.store.inflight();
    if (!request) {
      // National collections (site profiles) are written by admins, never from an office's client.
      const pending = (await this.store.dirty()).filter(
        (r) => !r.conflict && collectionSpec(r.collection).scope === 'org',
      );
      if (pending.length === 0) return null;
      const changes: PushChange[] = pending
        .slice(0, 200)
        .map((r) => ({ collection: r.collection, id: r.id, baseRev: r.rev, data: r.data }));
      request = { idempotencyKey: this.newKey(), changes };
      await this.store.setInflight(request);
    }
    const response = await this.transport.push(request);
    for (const applied of response.applied) {
      const local = await this.store.get(applied.collection, applied.id);
      const sent = request.changes.find((c) => c.collection === applied.collection && c.id === applied.id);
      if (!local || !sent) continue;
      // Edited again while the push was in flight: keep the newer edit dirty, now based on the applied revision.
      const unchanged = JSON.stringify(local.data) === JSON.stringify(sent.data);
      await this.store.put({ ...local, rev: applied.rev, dirty: !unchanged });
    }
    for (const { change, server } of response.conflicts) {
      const local = await this.store.get(change.collection, change.id);
      if (!local) continue;
      const record = { ...local, conflict: server };
      await this.store.put(record);
      this.events.onConflict?.(record);
    }
    await this.store.setInflight(null);
    return response;
  }

  /** Pulls everything new in a collection; a cursor the server no longer serves starts again from 0. */
  async pull(collection: Collection): Promise<number> {
    let received = 0;
    for (;;) {
      let page: PullResponse;
      try {
        page = await this.transport.pull({
          collection,
          cursor: await this.store.cursor(collection),
          limit: 500,
        });
      } catch (error) {
        if (error instanceof AppError && error.code === 'RESET_REQUIRED') {
          await this.store.setCursor(collection, 0);
          continue;
        }
        throw error;
      }
      for (const server of page.records) await this.merge(server);
      received += page.records.length;
      await this.store.setCursor(collection, page.cursor);
      if (!page.hasMore) return received;
    }
  }

  /** The officer's choice for a conflict: keep mine (pushed next, over theirs) or take theirs. */
  async resolve(collection: Collection, id: string, choice: 'mine' | 'theirs'): Promise<void> {
    const local = await this.store.get(collection, id);
    if (!local?.conflict) return;
    const server = local.conflict;
    await this.store.put(
      choice === 'mine'
        ? { ...local, rev: server.rev, dirty: true, conflict: null }
        : {
            ...local,
            rev: server.rev,
            data: server.deleted ? null : server.data,
            dirty: false,
            conflict: null,
          },
    );
  }

  private async merge(server: SyncedRecord): Promise<void> {
    const local = await this.store.get(server.collection, server.id);
    if (local && server.rev <= local.rev) return; // our own write, or older
    if (local && (local.dirty || local.conflict)) {
      if (local.conflict?.rev === server.rev) return;
      const record = { ...local, conflict: server };
      await this.store.put(record);
      this.events.onConflict?.(record);
      return;
    }
    await this.store.put({
      collection: server.collection,
      id: server.id,
      rev: server.rev,
      data: server.deleted ? null : server.data,
      dirty: false,
      conflict: null,
    });
  }
}

/** A LocalStore in memory (tests, and a fallback before the database opens). */
export class MemoryStore implements LocalStore {
  readonly records = new Map<string, LocalRecord>();
  private readonly cursors = new Map<string, number>();
  private pending: PushRequest | null = null;
  async get(collection: Collection, id: string) {
    return this.records.get(`${collection}/${id}`);
  }
  async put(record: LocalRecord) {
    this.records.set(`${record.collection}/${record.id}`, structuredClone(record));
  }
  async dirty() {
    return [...this.records.values()].filter((r) => r.dirty);
  }
  async cursor(collection: Collection) {
    return this.cursors.get(collection) ?? 0;
  }
  async setCursor(collection: Collection, cursor: number) {
    this.cursors.set(collection, cursor);
  }
  async inflight() {
    return this.pending;
  }
  async setInflight(push: PushRequest | null) {
    this.pending = push;
  }
}
