import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../backend/src/test-support/databases';
import { loginOverHttp } from '../../backend/src/test-support/http-login';
import { personData } from '../../backend/src/test-support/person-data';
import { seed } from '../../backend/src/test-support/seed';
import type { PushRequest, PushResponse, SyncedRecord } from '../../shared/protocol/sync';
import { freePort } from '../support/agent-harness';

const bin = join(import.meta.dirname, '../../backend/bin/lhr-backend.js');
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const env = { ...inherited, LHR_BACKEND_SECRET: 'fault-test-secret-0123456789' };

async function startBackend(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', String(port)], {
    env,
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v1/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await sleep(20);
  }
  throw new Error('backend did not start');
}

it.each(DATABASE_KINDS)(
  'SIGKILL during pushes, 50 times (%s): every acknowledged write survives once; retried pushes apply once',
  async (kind) => {
    const fresh = await freshDatabase(kind);
    await seed(fresh.database.db);
    await fresh.database.close();
    const dbFile = fresh.url;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;

    let child = await startBackend(dbFile, port);
    const { headers: auth } = await loginOverHttp(base, 'officer-a');
    const push = async (request: PushRequest): Promise<PushResponse> => {
      const res = await fetch(`${base}/v1/sync/push`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(request),
      });
      if (!res.ok) throw new Error(`push ${res.status}`);
      return (await res.json()) as PushResponse;
    };

    const acknowledged = new Set<string>();
    let lost: PushRequest[] = [];
    let recovered = 0;
    let counter = 0;
    for (let kill = 0; kill < 50; kill++) {
      // First recover the pushes whose answers were lost in the previous crash: same key, same changes.
      for (const request of lost) {
        const response = await push(request);
        expect(response.conflicts).toEqual([]);
        for (const a of response.applied) acknowledged.add(a.id);
        recovered++;
      }
      lost = [];
      const deadline = Date.now() + 20 + Math.floor(Math.random() * 120);
      const writers = [0, 1, 2].map(async () => {
        while (Date.now() < deadline + 500) {
          const request: PushRequest = {
            idempotencyKey: `fault-${kill}-${counter++}-xxxxxxxx`,
            changes: [0, 1].map((i) => ({
              collection: 'people' as const,
              id: `k${kill}-${counter}-${i}`,
              baseRev: 0,
              data: personData(`k${kill}-${i}`),
            })),
          };
          try {
            const response = await push(request);
            for (const a of response.applied) acknowledged.add(a.id);
          } catch {
            lost.push(request);
            return;
          }
        }
      });
      await sleep(Math.max(0, deadline - Date.now()));
      child.kill('SIGKILL');
      await Promise.all(writers);
      await new Promise((r) =>
        child.exitCode !== null || child.signalCode ? r(null) : child.once('exit', r),
      );
      child = await startBackend(dbFile, port);
    }
    for (const request of lost) for (const a of (await push(request)).applied) acknowledged.add(a.id);

    const records: SyncedRecord[] = [];
    let cursor = 0;
    for (;;) {
      const page = await (
        await fetch(`${base}/v1/sync/pull?collection=people&cursor=${cursor}&limit=1000`, { headers: auth })
      ).json();
      records.push(...page.records);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    child.kill('SIGTERM');
    const ids = records.map((r) => r.id);
    expect(acknowledged.size).toBeGreaterThan(100);
    expect(recovered).toBeGreaterThan(10); // pushes whose answer died with the server, recovered by retrying the same key
    for (const id of acknowledged) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(records.map((r) => r.seq)).size).toBe(records.length);
    expect(records.every((r) => r.rev === 1)).toBe(true);
    await fresh.drop();
  },
  300_000,
);
