import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/load-profiles';
import { SecretStore } from '../secret-store';
import { MemorySlot } from '../vault/memory-slot';
import { Vault } from '../vault/vault';
import type { BackendSession } from './backend-session';
import { DexieSyncStore } from './sync-db';
import { SyncService } from './sync-service';

const loggedOut = { stored: async () => null } as unknown as BackendSession;

describe('sync service and the lock', () => {
  it('reports locked, and keeps serving the last synced site profiles while locked (no personal data in them)', async () => {
    const vault = new Vault(new MemorySlot(), { iterations: 1000 });
    const store = new DexieSyncStore(vault);
    const sync = new SyncService(store, loggedOut, vault, new SecretStore());
    expect((await sync.status()).locked).toBe(true);
    await vault.openAtLogin(`sync${Date.now()}`, 'pw');
    const profile = bundledProfiles()[0];
    await store.put({
      collection: 'profiles',
      id: 'p',
      rev: 1,
      data: profile as never,
      dirty: false,
      conflict: null,
    });
    expect(await sync.profiles()).toHaveLength(1);
    expect((await sync.status()).locked).toBe(false);
    vault.lock();
    expect(await sync.profiles()).toEqual([profile]);
    await expect(sync.findDrafts('https://lhr.dla.go.th', 'kp7')).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
