import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
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
    const tag = `sync${Date.now()}`;
    await vault.openAtLogin(tag, 'pw');
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
    await vault.unlock(tag, 'pw');
    // The province's copy of the same profile (a supervisor's approval), as new or newer, takes its place.
    const provinceCopy = { ...profile, version: (profile?.version ?? 0) + 1 };
    await store.put({
      collection: 'province-profiles',
      id: 'p',
      rev: 1,
      data: provinceCopy as never,
      dirty: false,
      conflict: null,
    });
    expect(await sync.profiles()).toEqual([provinceCopy]);
    vault.lock();
    expect(await sync.profiles()).toEqual([provinceCopy]);
    await expect(sync.findDrafts('https://lhr.dla.go.th', 'kp7')).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('teach mode: a patch is kept while locked and becomes a proposal once unlocked; stale reports go once', async () => {
    const vault = new Vault(new MemorySlot(), { iterations: 1000 });
    const store = new DexieSyncStore(vault);
    const sync = new SyncService(store, loggedOut, vault, new SecretStore());
    const patch = {
      profileId: 'taught-lhr',
      origin: 'https://lhr.dla.go.th',
      page: { id: 'kp7', path: '^/kp7$', titleTh: 'ก.พ.7', fingerprint: { labelsPresent: ['ก.พ.7'] } },
      change: { kind: 'mustNotFill' as const, locator: { id: 'captcha' } },
      taughtAt: '2026-07-01T05:00:00.000Z',
    };
    await sync.teach(patch);
    expect(await sync.taught()).toEqual([patch]);
    await vault.openAtLogin(`teach${Date.now()}`, 'pw');
    await sync.teach({ ...patch, taughtAt: '2026-07-01T05:00:01.000Z' });
    // Taught twice: one patch (the later), one proposal record, waiting to be pushed.
    expect(await sync.taught()).toHaveLength(1);
    const proposals = await store.list('profile-proposals');
    expect(proposals.map((r) => [r.dirty, (r.data as { taughtAt: string }).taughtAt])).toEqual([
      [true, '2026-07-01T05:00:01.000Z'],
    ]);
    const report = {
      profileId: 'practice-lhr',
      profileVersion: 3,
      pageId: 'kp7-personal',
      labelsMissing: 1,
      labelsTotal: 3,
      seenAt: '2026-07-01T05:00:00.000Z',
    };
    await sync.reportStale(report);
    await sync.reportStale({ ...report, seenAt: '2026-07-01T06:00:00.000Z' });
    expect(await store.list('profile-health')).toHaveLength(1);
  });
});

describe('sync for a user without an อปท. (a supervisor)', () => {
  it('pulls only the national collections (profiles, rules, orgs) and his province’s profiles, without an error', async () => {
    const vault = new Vault(new MemorySlot(), { iterations: 1000 });
    await vault.openAtLogin(`supervisor${Date.now()}`, 'pw');
    const session = {
      stored: async () => ({
        backendUrl: 'https://sync.dla.go.th',
        refreshToken: 'r',
        user: { id: 'u9', role: 'supervisor', orgCode: null, provinceCode: '36' },
      }),
      baseUrl: async () => 'https://sync.dla.go.th',
      accessToken: async () => 'tok',
    } as unknown as BackendSession;
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      const collection = new URL(url).searchParams.get('collection');
      asked.push(collection ?? new URL(url).pathname);
      // A backend that knows no province for this account refuses its province stream: not a sync error.
      if (collection === 'province-profiles')
        return new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'your province only' }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        });
      return new Response(JSON.stringify({ records: [], cursor: 0, hasMore: false }), {
        headers: { 'content-type': 'application/json' },
      });
    });
    try {
      const sync = new SyncService(new DexieSyncStore(vault), session, vault);
      await sync.syncNow();
      expect(asked).toEqual(['profiles', 'rules', 'orgs', 'province-profiles']);
      expect((await sync.status()).lastError).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
