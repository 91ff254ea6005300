import Dexie, { type Table } from 'dexie';
import type { Collection, PushRequest, SyncedRecord } from '../../../shared/protocol/sync';
import type { LocalRecord, LocalStore } from '../../../shared/sync/sync-engine';
import { AtRestCipher } from './at-rest-key';

interface Sealed {
  iv: Uint8Array;
  cipher: ArrayBuffer;
}

interface RecordRow {
  key: string;
  collection: Collection;
  id: string;
  rev: number;
  dirty: 0 | 1;
  /** data and conflict, encrypted together */
  sealed: Sealed;
  updatedAt: string;
}

/** The synced copy of drafts (and later the person cache) in the extension's IndexedDB, encrypted at rest. */
class SyncDb extends Dexie {
  records!: Table<RecordRow, string>;
  meta!: Table<{ name: string; value: unknown }, string>;
  keys!: Table<{ name: string; key: CryptoKey }, string>;
  constructor() {
    super('lhr-assist-sync');
    this.version(1).stores({ records: '&key, collection, dirty, updatedAt', meta: '&name', keys: '&name' });
  }
}

/** LocalStore for the SyncEngine on Dexie, sealing every record's content with AES-GCM. */
export class DexieSyncStore implements LocalStore {
  private readonly db = new SyncDb();
  private readonly cipher = new AtRestCipher(this.db.keys);

  async get(collection: Collection, id: string): Promise<LocalRecord | undefined> {
    const row = await this.db.records.get(`${collection}/${id}`);
    return row ? this.open(row) : undefined;
  }

  async put(record: LocalRecord): Promise<void> {
    const sealed = await this.cipher.encrypt({ data: record.data, conflict: record.conflict });
    await this.db.records.put({
      key: `${record.collection}/${record.id}`,
      collection: record.collection,
      id: record.id,
      rev: record.rev,
      dirty: record.dirty ? 1 : 0,
      sealed,
      updatedAt: new Date().toISOString(),
    });
  }

  async dirty(): Promise<LocalRecord[]> {
    return Promise.all((await this.db.records.where('dirty').equals(1).toArray()).map((r) => this.open(r)));
  }

  async list(collection: Collection): Promise<LocalRecord[]> {
    return Promise.all(
      (await this.db.records.where('collection').equals(collection).toArray()).map((r) => this.open(r)),
    );
  }

  async cursor(collection: Collection): Promise<number> {
    return Number((await this.db.meta.get(`cursor:${collection}`))?.value ?? 0);
  }

  async setCursor(collection: Collection, cursor: number): Promise<void> {
    await this.db.meta.put({ name: `cursor:${collection}`, value: cursor });
  }

  async inflight(): Promise<PushRequest | null> {
    const row = await this.db.meta.get('inflight');
    return row?.value ? this.cipher.decrypt<PushRequest>(row.value as Sealed) : null;
  }

  async setInflight(push: PushRequest | null): Promise<void> {
    await this.db.meta.put({ name: 'inflight', value: push ? await this.cipher.encrypt(push) : null });
  }

  async meta<T>(name: string): Promise<T | undefined> {
    return (await this.db.meta.get(name))?.value as T | undefined;
  }

  async setMeta(name: string, value: unknown): Promise<void> {
    await this.db.meta.put({ name, value });
  }

  private async open(row: RecordRow): Promise<LocalRecord> {
    const { data, conflict } = await this.cipher.decrypt<{
      data: LocalRecord['data'];
      conflict: SyncedRecord | null;
    }>(row.sealed);
    return { collection: row.collection, id: row.id, rev: row.rev, dirty: row.dirty === 1, data, conflict };
  }
}
