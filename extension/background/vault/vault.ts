import { AppError } from '../../../shared/errors';
import { VaultDb } from './vault-db';
import { createKeys, deriveKekBits, unwrapKeys, type VaultKeys } from './vault-keys';

/** What survives a service-worker restart while the vault is open: RAM-only storage for trusted contexts. */
export interface VaultSession {
  tag: string;
  kek: string;
  lastUse: number;
}
export interface SessionSlot {
  get(): Promise<VaultSession | null>;
  set(value: VaultSession | null): Promise<void>;
}

export interface OpenVault {
  tag: string;
  db: VaultDb;
  keys: VaultKeys;
}

const IDLE_MS = 15 * 60_000;
const ITERATIONS = 600_000;
const PERSIST_EVERY_MS = 30_000;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const locked = () =>
  new AppError('LOCKED', 'ทะเบียนถูกล็อก กรุณาเข้าสู่ระบบหรือปลดล็อก (the register is locked: log in or unlock)');

/**
 * The officer's register behind his password (issue 15 §17–18). Each officer (backend + user id) has a database of
 * his own, sealed under keys that only his password unwraps; nothing of another officer's opens with it. The vault
 * locks itself after 15 idle minutes and when the browser closes (the KEK is only in memory and storage.session).
 */
export class Vault {
  private opened: OpenVault | null = null;
  private restoring: Promise<OpenVault | null> | null = null;
  private lastUse = 0;
  private persistedUse = 0;
  private readonly lockListeners = new Set<() => void>();
  private readonly idleMs: number;
  private readonly iterations: number;
  private readonly now: () => number;

  constructor(
    private readonly slot: SessionSlot,
    options: { idleMs?: number; iterations?: number; now?: () => number } = {},
  ) {
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.iterations = options.iterations ?? ITERATIONS;
    this.now = options.now ?? Date.now;
  }

  /** A stable, non-identifying name for one officer's vault. */
  static async userTag(backendUrl: string, userId: string): Promise<string> {
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(`${backendUrl}\n${userId}`),
    );
    return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /**
   * At login: opens the officer's vault, or creates it. A vault his (changed) password no longer opens is replaced:
   * its content cannot be read by anyone any more. Returns whether that happened.
   */
  async openAtLogin(tag: string, password: string): Promise<{ replaced: boolean }> {
    this.lock();
    let db = new VaultDb(tag);
    const wrapped = await db.wrappedKeys();
    if (wrapped) {
      const bits = await deriveKekBits(password, wrapped.salt, wrapped.iterations);
      const keys = await unwrapKeys(bits, wrapped).catch(() => null);
      if (keys) {
        await this.use({ tag, db, keys }, bits);
        return { replaced: false };
      }
      db.close();
      await VaultDb.delete(VaultDb.nameFor(tag));
      db = new VaultDb(tag);
    }
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const bits = await deriveKekBits(password, salt, this.iterations);
    const created = await createKeys(bits, salt, this.iterations);
    await db.meta.put({ name: 'vault', value: created.wrapped });
    await this.use({ tag, db, keys: created.keys }, bits);
    return { replaced: wrapped !== undefined };
  }

  /** After an idle lock or a browser restart: the same officer's password, checked locally (works offline). */
  async unlock(tag: string, password: string): Promise<void> {
    const db = new VaultDb(tag);
    const wrapped = await db.wrappedKeys();
    if (!wrapped) {
      db.close();
      throw locked();
    }
    const bits = await deriveKekBits(password, wrapped.salt, wrapped.iterations);
    const keys = await unwrapKeys(bits, wrapped).catch(() => null);
    if (!keys) {
      db.close();
      throw new AppError('LOGIN_FAILED', 'รหัสผ่านไม่ถูกต้อง (wrong password)');
    }
    this.lock();
    await this.use({ tag, db, keys }, bits);
  }

  /**
   * The open vault, reopened from the session after a worker restart; LOCKED when closed or idle too long. Reading
   * does not count as use (the background's own sync must not keep it open): the officer's actions call `touch`.
   */
  async current(): Promise<OpenVault> {
    if (!this.opened) {
      this.restoring ??= this.restore().finally(() => {
        this.restoring = null;
      });
      await this.restoring;
    }
    const open = this.opened;
    if (!open) throw locked();
    if (this.now() - this.lastUse > this.idleMs) {
      this.lock();
      throw locked();
    }
    return open;
  }

  /** The officer did something with the register: restart the idle countdown (kept in the session now and then). */
  touch(): void {
    const open = this.opened;
    const now = this.now();
    if (!open || now - this.lastUse > this.idleMs) return;
    this.lastUse = now;
    if (now - this.persistedUse > PERSIST_EVERY_MS) {
      this.persistedUse = now;
      void this.slot
        .get()
        .then((s) => (s && s.tag === open.tag ? this.slot.set({ ...s, lastUse: now }) : undefined));
    }
  }

  async isUnlocked(): Promise<boolean> {
    return this.current().then(
      () => true,
      () => false,
    );
  }

  /** Forgets the keys (memory and session); the data stays sealed on disk. */
  lock(): void {
    const wasOpen = this.opened;
    this.opened = null;
    void this.slot.set(null);
    if (wasOpen) {
      wasOpen.db.close();
      for (const listener of this.lockListeners) listener();
    }
  }

  /** Locks and deletes the vault's database (logout with nothing left to push). */
  async wipe(tag: string): Promise<void> {
    this.lock();
    await VaultDb.delete(VaultDb.nameFor(tag));
  }

  onLock(listener: () => void): void {
    this.lockListeners.add(listener);
  }

  private async use(open: OpenVault, kekBits: Uint8Array): Promise<void> {
    this.opened = open;
    this.lastUse = this.persistedUse = this.now();
    await this.slot.set({ tag: open.tag, kek: b64(kekBits), lastUse: this.lastUse });
  }

  private async restore(): Promise<OpenVault | null> {
    const s = await this.slot.get();
    if (!s || this.now() - s.lastUse > this.idleMs) {
      if (s) await this.slot.set(null);
      return null;
    }
    const db = new VaultDb(s.tag);
    const wrapped = await db.wrappedKeys();
    const keys = wrapped ? await unwrapKeys(unb64(s.kek), wrapped).catch(() => null) : null;
    if (!keys) {
      db.close();
      await this.slot.set(null);
      return null;
    }
    this.opened = { tag: s.tag, db, keys };
    this.lastUse = this.persistedUse = s.lastUse;
    return this.opened;
  }
}
