import type { SessionSlot, VaultSession } from './vault';

/** A SessionSlot in plain memory, for tests and the benchmark (the extension uses storage.session). */
export class MemorySlot implements SessionSlot {
  value: VaultSession | null = null;
  async get(): Promise<VaultSession | null> {
    return this.value;
  }
  async set(value: VaultSession | null): Promise<void> {
    this.value = value;
  }
}
