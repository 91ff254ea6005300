import Dexie, { type Table } from 'dexie';

/**
 * Secrets of the extension — the agent pairing credentials and the sync login (refresh token, server address) —
 * in the extension's own IndexedDB (issue 15 §16). `storage.local` is readable and writable by content scripts
 * (they keep the language choice there), so a script running in an assisted page could have read the tokens or
 * rewritten the server address to send the next login, tokens and drafts elsewhere. The extension origin's IndexedDB
 * is reachable only from the service worker and the extension's own pages.
 */
class SecretDb extends Dexie {
  secrets!: Table<{ name: string; value: unknown }, string>;
  constructor() {
    super('lhr-assist-private');
    this.version(1).stores({ secrets: '&name' });
  }
}

/** Where secrets used to live; read once, moved, and removed from there. */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

export class SecretStore {
  private readonly db = new SecretDb();

  constructor(private readonly legacy?: LegacyArea) {}

  async get<T>(name: string): Promise<T | undefined> {
    const row = await this.db.secrets.get(name);
    if (row) return row.value as T;
    if (!this.legacy) return undefined;
    const old = (await this.legacy.get(name))[name];
    if (old === undefined) return undefined;
    await this.db.secrets.put({ name, value: old });
    await this.legacy.remove(name);
    return old as T;
  }

  async set(name: string, value: unknown): Promise<void> {
    await this.db.secrets.put({ name, value });
  }

  async remove(name: string): Promise<void> {
    await this.db.secrets.delete(name);
    await this.legacy?.remove(name);
  }
}
