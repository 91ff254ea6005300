import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSyncTransport } from '../../../shared/sync/http-transport';
import { MemoryStore, SyncEngine } from '../../../shared/sync/sync-engine';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { personData } from '../test-support/person-data';
import { seeded } from '../test-support/property';

/**
 * Model test: two officers of one อปท. edit a few records offline, pushing and pulling in random order. Afterwards
 * (conflicts resolved the same way, a few sync rounds) both hold exactly what the server holds, and whenever both
 * edited one record from the same version, at least one of them was shown a conflict.
 */
describe.each(DATABASE_KINDS)('sync model (%s): two clients, random interleavings', (kind) => {
  let t: TestApp;
  let server: Server;
  let base = '';
  const tokens: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind);
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    tokens.push((await t.login('officer-a')).accessToken, (await t.login('officer-a2')).accessToken);
  });
  afterAll(async () => {
    server.close();
    await t.drop();
  });

  const op = fc.oneof(
    fc.record({
      kind: fc.constant('edit' as const),
      client: fc.nat(1),
      record: fc.nat(2),
      value: fc.nat(99),
      remove: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('push' as const), client: fc.nat(1) }),
    fc.record({ kind: fc.constant('pull' as const), client: fc.nat(1) }),
  );

  it('converges, and every concurrent edit surfaces as a conflict', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        run++;
        const ids = [0, 1, 2].map((i) => `r${run}-${i}`);
        const conflicts: Array<Set<string>> = [new Set(), new Set()];
        const clients = [0, 1].map((c) => {
          const store = new MemoryStore();
          const engine = new SyncEngine(store, new HttpSyncTransport(base, async () => tokens[c] ?? ''), {
            onConflict: (r) => conflicts[c]?.add(r.id),
          });
          return { store, engine };
        });
        // For each record: the server revision each client's unpushed edit was based on.
        const editedFrom: Array<Map<string, number>> = [new Map(), new Map()];
        const concurrent = new Set<string>();
        for (const o of ops) {
          const client = clients[o.client];
          if (!client) continue;
          if (o.kind === 'edit') {
            const id = ids[o.record] ?? '';
            const local = await client.store.get('people', id);
            if (!local?.dirty) editedFrom[o.client]?.set(id, local?.rev ?? 0);
            const other = editedFrom[1 - o.client]?.get(id);
            if (other !== undefined && other === editedFrom[o.client]?.get(id)) concurrent.add(id);
            await client.engine.edit('people', id, o.remove ? null : personData(`${o.value} by ${o.client}`));
          } else if (o.kind === 'push') {
            await client.engine.push();
            for (const r of await client.store.dirty())
              if (!r.conflict) editedFrom[o.client]?.set(r.id, r.rev);
            for (const id of ids)
              if (!(await client.store.get('people', id))?.dirty) editedFrom[o.client]?.delete(id);
          } else {
            await client.engine.pull('people');
          }
        }
        // Settle: both take the server's version of any conflict, then sync until nothing moves.
        for (let round = 0; round < 4; round++) {
          for (const { store, engine } of clients) {
            for (const id of ids)
              if ((await store.get('people', id))?.conflict) await engine.resolve('people', id, 'theirs');
            await engine.push();
            await engine.pull('people');
          }
        }
        const truth = new MemoryStore();
        await new SyncEngine(truth, new HttpSyncTransport(base, async () => tokens[0] ?? '')).pull('people');
        for (const id of ids) {
          const expected = await truth.get('people', id);
          for (const { store } of clients) {
            const got = await store.get('people', id);
            expect(got?.dirty ?? false).toBe(false);
            expect(got?.conflict ?? null).toBeNull();
            expect(got?.data ?? null).toEqual(expected?.data ?? null);
            expect(got?.rev ?? 0).toBe(expected?.rev ?? 0);
          }
        }
        for (const id of concurrent)
          expect(conflicts[0]?.has(id) || conflicts[1]?.has(id), `concurrent edits of ${id} surfaced`).toBe(
            true,
          );
      }),
      seeded('two clients converge', 40),
    );
  }, 120_000);
});
