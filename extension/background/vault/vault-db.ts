import Dexie, { type Table } from 'dexie';
import type { Sealed, WrappedKeys } from './vault-keys';

/** One stored record: its on-disk key is `collection/HMAC(id)`; the real id travels inside the sealed payload. */
export interface RecordRow {
  key: string;
  collection: string;
  rev: number;
  dirty: 0 | 1;
  /** { id, data, conflict }, sealed with the row key as associated data */
  sealed: Sealed;
}

/** One officer's vault: his register, drafts and sync state, in an IndexedDB database of his own. */
export class VaultDb extends Dexie {
  records!: Table<RecordRow, string>;
  meta!: Table<{ name: string; value: unknown }, string>;
  constructor(readonly tag: string) {
    super(VaultDb.nameFor(tag));
    this.version(1).stores({ records: '&key, collection, dirty', meta: '&name' });
  }

  static nameFor(tag: string): string {
    return `lhr-assist-vault-${tag}`;
  }

  async wrappedKeys(): Promise<WrappedKeys | undefined> {
    return (await this.meta.get('vault'))?.value as WrappedKeys | undefined;
  }
}
