/**
 * The register's keys and the few crypto steps the encrypted store needs (WebCrypto only, so the same code runs in
 * the service worker, in Node tests and in the benchmark):
 *
 * - a key-encryption key (KEK) derived from the officer's password with PBKDF2 — never stored on disk;
 * - under it, wrapped with AES-KW and stored in the vault's IndexedDB: the data key (AES-GCM) and the index key
 *   (HMAC-SHA-256). Unwrapped copies are non-extractable and live in memory only while the vault is unlocked;
 * - record ids on disk are HMACs of the real id (a blind index: no citizen ID in a key or an index);
 * - every sealed value is bound to its row with AES-GCM associated data, so a row moved onto another key fails.
 */
export interface VaultKeys {
  data: CryptoKey;
  index: CryptoKey;
}

export interface WrappedKeys {
  salt: Uint8Array;
  iterations: number;
  data: ArrayBuffer;
  index: ArrayBuffer;
}

export interface Sealed {
  iv: Uint8Array;
  cipher: ArrayBuffer;
}

const enc = new TextEncoder();
const buf = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

/** The 32 raw bytes of the KEK (kept only in memory and in storage.session, which is RAM for trusted contexts). */
export async function deriveKekBits(
  password: string,
  salt: Uint8Array,
  iterations: number,
): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', enc.encode(password.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    base,
    256,
  );
  return new Uint8Array(bits);
}

function importKek(bits: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', buf(bits), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
}

/** New random keys for a new vault, wrapped under the KEK. */
export async function createKeys(
  kekBits: Uint8Array,
  salt: Uint8Array,
  iterations: number,
): Promise<{ keys: VaultKeys; wrapped: WrappedKeys }> {
  const kek = await importKek(kekBits);
  const data = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const index = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, true, [
    'sign',
  ]);
  const wrapped: WrappedKeys = {
    salt,
    iterations,
    data: await crypto.subtle.wrapKey('raw', data, kek, 'AES-KW'),
    index: await crypto.subtle.wrapKey('raw', index, kek, 'AES-KW'),
  };
  // Hand out non-extractable copies: nothing in the running extension can read the key bytes out.
  return { keys: await unwrapKeys(kekBits, wrapped), wrapped };
}

/** Opens the stored keys; throws (AES-KW integrity check) when the password — so the KEK — is wrong. */
export async function unwrapKeys(kekBits: Uint8Array, wrapped: WrappedKeys): Promise<VaultKeys> {
  const kek = await importKek(kekBits);
  return {
    data: await crypto.subtle.unwrapKey('raw', wrapped.data, kek, 'AES-KW', 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]),
    index: await crypto.subtle.unwrapKey(
      'raw',
      wrapped.index,
      kek,
      'AES-KW',
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    ),
  };
}

/** The on-disk id of a record: HMAC(index key, "collection/id"), hex, 32 chars. */
export async function blindId(keys: VaultKeys, collection: string, id: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.index, enc.encode(`${collection}/${id}`)));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += (mac[i] as number).toString(16).padStart(2, '0');
  return hex;
}

export async function seal(keys: VaultKeys, aad: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(aad) },
    keys.data,
    enc.encode(JSON.stringify(value)),
  );
  return { iv, cipher };
}

/** Throws when the row was tampered with or moved to another key (the associated data no longer matches). */
export async function unseal<T>(keys: VaultKeys, aad: string, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: buf(sealed.iv), additionalData: enc.encode(aad) },
    keys.data,
    sealed.cipher,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
