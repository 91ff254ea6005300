import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DexieSyncStore } from '../sync/sync-db';
import { MemorySlot } from './memory-slot';
import { Vault } from './vault';
import { VaultDb } from './vault-db';

const ID = '1101700207030';
const person = { citizenId: ID, name: 'สมชาย ใจดี' };
let n = 0;
const newTag = () => `test${++n}${Date.now()}`;

function setup(options: { now?: () => number } = {}) {
  const slot = new MemorySlot();
  const vault = new Vault(slot, { iterations: 1000, ...options });
  return { slot, vault, store: new DexieSyncStore(vault) };
}

/** Everything in the vault's database as text, as someone copying the browser profile would see it. */
async function rawDump(tag: string): Promise<string> {
  const db = new VaultDb(tag);
  const rows = [...(await db.records.toArray()), ...(await db.meta.toArray())];
  db.close();
  return JSON.stringify(rows, (_k, v) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '<bytes>' : v));
}

describe('the vault (issue 15 §17–18)', () => {
  it('keeps no citizen ID in a key, an index or a value on disk (blind index, sealed payload)', async () => {
    const { vault, store } = setup();
    const tag = newTag();
    await vault.openAtLogin(tag, 'pw-a');
    await store.put({ collection: 'people', id: ID, rev: 0, data: person, dirty: true, conflict: null });
    await store.put({
      collection: 'drafts',
      id: `https://lhr.dla.go.th|kp7|${ID}`,
      rev: 0,
      data: { site: 'x' },
      dirty: true,
      conflict: null,
    });
    const dump = await rawDump(tag);
    expect(dump).not.toContain(ID);
    expect(dump).not.toContain('สมชาย');
    expect((await store.get('people', ID))?.data).toEqual(person);
  });

  it('binds each sealed record to its key: a row copied onto another person fails to open', async () => {
    const { vault, store } = setup();
    const tag = newTag();
    await vault.openAtLogin(tag, 'pw');
    const other = '3100600123452';
    await store.put({ collection: 'people', id: ID, rev: 0, data: person, dirty: false, conflict: null });
    await store.put({
      collection: 'people',
      id: other,
      rev: 0,
      data: { citizenId: other },
      dirty: false,
      conflict: null,
    });
    const { db } = await vault.current();
    const rows = await db.records.toArray();
    const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
    await db.records.put({ ...b, sealed: a.sealed });
    const results = await Promise.allSettled([store.get('people', ID), store.get('people', other)]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('stores the data key only wrapped: the vault does not open without the password', async () => {
    const { vault, store } = setup();
    const tag = newTag();
    await vault.openAtLogin(tag, 'right');
    await store.put({ collection: 'people', id: ID, rev: 0, data: person, dirty: false, conflict: null });
    vault.lock();
    await expect(store.get('people', ID)).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(vault.unlock(tag, 'wrong')).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
    await vault.unlock(tag, 'right');
    expect((await store.get('people', ID))?.data).toEqual(person);
    const dump = await rawDump(tag);
    expect(dump).not.toContain('CryptoKey');
  });

  it("the next officer's login opens his own empty vault, never the previous officer's records", async () => {
    const { vault, store } = setup();
    const a = newTag();
    await vault.openAtLogin(a, 'pw-a');
    await store.put({ collection: 'people', id: ID, rev: 0, data: person, dirty: true, conflict: null });
    await vault.openAtLogin(newTag(), 'pw-b');
    expect(await store.list('people')).toEqual([]);
    expect(await store.dirty()).toEqual([]);
    await expect(vault.unlock(a, 'pw-b')).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
  });

  it('locks itself after 15 idle minutes; only the officer’s actions (touch) keep it open', async () => {
    let now = 1_000_000;
    const { vault, store, slot } = setup({ now: () => now });
    await vault.openAtLogin(newTag(), 'pw');
    now += 10 * 60_000;
    await store.list('people');
    vault.touch();
    now += 10 * 60_000;
    expect(await vault.isUnlocked()).toBe(true);
    now += 6 * 60_000;
    await expect(store.list('people')).rejects.toMatchObject({ code: 'LOCKED' });
    expect(slot.value).toBeNull();
  });

  it('survives a worker restart through the session slot, and not past it', async () => {
    const first = setup();
    const tag = newTag();
    await first.vault.openAtLogin(tag, 'pw');
    await first.store.put({
      collection: 'people',
      id: ID,
      rev: 0,
      data: person,
      dirty: false,
      conflict: null,
    });
    const restarted = new Vault(first.slot, { iterations: 1000 });
    expect((await new DexieSyncStore(restarted).get('people', ID))?.data).toEqual(person);
    first.slot.value = null;
    await expect(new DexieSyncStore(new Vault(first.slot)).get('people', ID)).rejects.toMatchObject({
      code: 'LOCKED',
    });
  });

  it('wipe deletes the database', async () => {
    const { vault } = setup();
    const tag = newTag();
    await vault.openAtLogin(tag, 'pw');
    await vault.wipe(tag);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(VaultDb.nameFor(tag));
  });
});
