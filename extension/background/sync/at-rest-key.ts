import type { Table } from 'dexie';

/**
 * AES-GCM encryption at rest for everything the extension stores about people (drafts, the sync copy). The key is
 * generated once, non-extractable, and kept as a CryptoKey object in the extension's own IndexedDB: script can use
 * it but never read it out, so a copied profile folder does not give the data away by itself.
 */
export class AtRestCipher {
  private key: Promise<CryptoKey> | null = null;

  constructor(private readonly keys: Table<{ name: string; key: CryptoKey }, string>) {}

  private getKey(): Promise<CryptoKey> {
    this.key ??= (async () => {
      const stored = await this.keys.get('at-rest');
      if (stored) return stored.key;
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      await this.keys.put({ name: 'at-rest', key });
      return key;
    })();
    return this.key;
  }

  async encrypt(value: unknown): Promise<{ iv: Uint8Array; cipher: ArrayBuffer }> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const cipher = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await this.getKey(),
      new TextEncoder().encode(JSON.stringify(value)),
    );
    return { iv, cipher };
  }

  async decrypt<T>(sealed: { iv: Uint8Array; cipher: ArrayBuffer }): Promise<T> {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> },
      await this.getKey(),
      sealed.cipher,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  }
}
