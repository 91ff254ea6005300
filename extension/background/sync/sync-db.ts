import type { Collection, PushRequest, SyncedRecord } from '../../../shared/protocol/sync';
import type { LocalRecord, LocalStore } from '../../../shared/sync/sync-engine';
import type { Vault } from '../vault/vault';
import type { RecordRow } from '../vault/vault-db';
import { blindId, seal, unseal, type VaultKeys } from '../vault/vault-keys';

interface Payload {
  id: string;
  data: LocalRecord['data'];
  conflict: SyncedRecord | null;
}

/** Told of every record written (pulls included), so the register's in-memory index follows without decrypting. */
export type PutListener = (records: LocalRecord[]) => void;

/**
 * LocalStore for the SyncEngine inside the officer's vault (issue 15 §17): rows are keyed by a blind index
 * (HMAC of the id), sealed with AES-GCM with the row key as associated data, and only readable while the vault is
 * unlocked — otherwise every call fails with LOCKED.
 */
export class DexieSyncStore implements LocalStore {
  private readonly putListeners = new Set<PutListener>();

  constructor(private readonly vault: Vault) {}

  onPut(listener: PutListener): void {
    this.putListeners.add(listener);
  }

  async get(collection: Collection, id: string): Promise<LocalRecord | undefined> {
    const { db, keys } = await this.vault.current();
    const row = await db.records.get(`${collection}/${await blindId(keys, collection, id)}`);
    return row ? this.open(keys, row) : undefined;
  }

  async put(record: LocalRecord): Promise<void> {
    await this.bulkPut([record]);
  }

  /** Many records in one transaction (imports). */
  async bulkPut(records: LocalRecord[]): Promise<void> {
    const { db, keys } = await this.vault.current();
    const rows = await Promise.all(records.map((r) => this.row(keys, r)));
    await db.records.bulkPut(rows);
    for (const listener of this.putListeners) listener(records);
  }

  /** Several records by id, in the order asked (undefined where there is none). */
  async bulkGet(collection: Collection, ids: string[]): Promise<Array<LocalRecord | undefined>> {
    const { db, keys } = await this.vault.current();
    const rowKeys = await Promise.all(
      ids.map(async (id) => `${collection}/${await blindId(keys, collection, id)}`),
    );
    const rows = await db.records.bulkGet(rowKeys);
    return Promise.all(rows.map((row) => (row ? this.open(keys, row) : undefined)));
  }

  async dirty(): Promise<LocalRecord[]> {
    const { db, keys } = await this.vault.current();
    return Promise.all((await db.records.where('dirty').equals(1).toArray()).map((r) => this.open(keys, r)));
  }

  async count(collection: Collection): Promise<number> {
    const { db } = await this.vault.current();
    return db.records.where('collection').equals(collection).count();
  }

  async dirtyCount(): Promise<number> {
    const { db } = await this.vault.current();
    return db.records.where('dirty').equals(1).count();
  }

  async list(collection: Collection): Promise<LocalRecord[]> {
    const { db, keys } = await this.vault.current();
    return Promise.all(
      (await db.records.where('collection').equals(collection).toArray()).map((r) => this.open(keys, r)),
    );
  }

  async cursor(collection: Collection): Promise<number> {
    const { db } = await this.vault.current();
    return Number((await db.meta.get(`cursor:${collection}`))?.value ?? 0);
  }

  async setCursor(collection: Collection, cursor: number): Promise<void> {
    const { db } = await this.vault.current();
    await db.meta.put({ name: `cursor:${collection}`, value: cursor });
  }

  async inflight(): Promise<PushRequest | null> {
    const { db, keys } = await this.vault.current();
    const row = await db.meta.get('inflight');
    return row?.value ? unseal<PushRequest>(keys, 'meta/inflight', row.value as RecordRow['sealed']) : null;
  }

  async setInflight(push: PushRequest | null): Promise<void> {
    const { db, keys } = await this.vault.current();
    await db.meta.put({ name: 'inflight', value: push ? await seal(keys, 'meta/inflight', push) : null });
  }

  /**
   * A local-only value (never synced), sealed like the records; its name may hold personal data (a citizen ID):
   * on disk it is a blind id, and the name is the associated data.
   */
  async sealedMeta<T>(name: string): Promise<T | undefined> {
    const { db, keys } = await this.vault.current();
    const row = await db.meta.get(`sealed:${await blindId(keys, 'meta', name)}`);
    return row?.value ? unseal<T>(keys, `meta/${name}`, row.value as RecordRow['sealed']) : undefined;
  }

  async setSealedMeta(name: string, value: unknown): Promise<void> {
    const { db, keys } = await this.vault.current();
    await db.meta.put({
      name: `sealed:${await blindId(keys, 'meta', name)}`,
      value: await seal(keys, `meta/${name}`, value),
    });
  }

  async meta<T>(name: string): Promise<T | undefined> {
    const { db } = await this.vault.current();
    return (await db.meta.get(name))?.value as T | undefined;
  }

  async setMeta(name: string, value: unknown): Promise<void> {
    const { db } = await this.vault.current();
    await db.meta.put({ name, value });
  }

  private async row(keys: VaultKeys, record: LocalRecord): Promise<RecordRow> {
    const key = `${record.collection}/${await blindId(keys, record.collection, record.id)}`;
    const payload: Payload = { id: record.id, data: record.data, conflict: record.conflict };
    return {
      key,
      collection: record.collection,
      rev: record.rev,
      dirty: record.dirty ? 1 : 0,
      sealed: await seal(keys, key, payload),
    };
  }

  private async open(keys: VaultKeys, row: RecordRow): Promise<LocalRecord> {
    const { id, data, conflict } = await unseal<Payload>(keys, row.key, row.sealed);
    return {
      collection: row.collection as Collection,
      id,
      rev: row.rev,
      dirty: row.dirty === 1,
      data,
      conflict,
    };
  }
}
