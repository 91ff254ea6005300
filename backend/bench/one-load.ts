// One workload of bench:backend against one backend process on SQLite, for profiling and A/B comparisons:
//   node --import tsx backend/bench/one-load.ts push|pull|hello [seconds]
// prints req/s, p99 and the server's CPU per request; BENCH_PROF=DIR writes the server's CPU profile there, and
// CONNECTIONS sets autocannon's connections (16).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { openDatabase } from '../src/db/database';
import { person } from '../src/province/province-fixtures';
import { loginOverHttp } from '../src/test-support/http-login';
import { seed } from '../src/test-support/seed';
import { autosaveBody, line, load, startServer, stopServers } from './bench-support';

const what = process.argv[2] ?? 'push';
const seconds = Number(process.argv[3] ?? 5);
const file = join(mkdtempSync(join(tmpdir(), 'lhr-one-load-')), 'bench.sqlite');
const database = await openDatabase(file);
await seed(database.db);
await database.close();
const server = await startServer(file, true);
try {
  const base = `http://127.0.0.1:${server.backend}`;
  const { headers } = await loginOverHttp(base, 'officer-a');
  // The same 2,000 people as bench:backend, so the pull reads the 10 latest of them.
  for (let i = 0; i < 20; i++) {
    const changes = Array.from({ length: 100 }, (_, j) => ({
      collection: 'people',
      id: `p${i * 100 + j}`,
      baseRev: 0,
      data: person('6500101', i * 100 + j, 'general-employee'),
    }));
    const res = await fetch(`${base}/v1/sync/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ idempotencyKey: `seed-${i}-xxxxxxxxxxxx`, changes }),
    });
    if (!res.ok) throw new Error(`seeding failed: ${res.status}`);
  }
  const options: Partial<autocannon.Options> =
    what === 'push'
      ? {
          url: base,
          requests: [
            {
              method: 'POST',
              path: '/v1/sync/push',
              headers,
              setupRequest: (req) => ({ ...req, body: autosaveBody('one') }),
            },
          ],
        }
      : what === 'hello'
        ? { url: `http://127.0.0.1:${server.hello}/` }
        : { url: `${base}/v1/sync/pull?collection=people&cursor=1990`, headers };
  const connections = Number(process.env.CONNECTIONS ?? 16);
  await load('warm-up', { ...options, duration: 1, connections });
  console.log(line(await load(what, { ...options, duration: seconds, connections }, server)));
} finally {
  stopServers();
}
