// npm run bench:backend — push/pull throughput and p99 on SQLite against a bare Express hello-world, and the time to
// pull 2,000 records into a client.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { HttpSyncTransport } from '../../shared/sync/http-transport';
import { MemoryStore, SyncEngine } from '../../shared/sync/sync-engine';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const child = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof'] : []),
    '--import',
    'tsx',
    join(import.meta.dirname, 'servers.ts'),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const ports = JSON.parse(
  await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
) as { backend: number; hello: number };
const base = `http://127.0.0.1:${ports.backend}`;
const login = await (
  await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'officer-a', password: 'password-a1' }),
  })
).json();
const headers = { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' };

async function load(title: string, options: Partial<autocannon.Options>) {
  const result = await autocannon({
    connections: 16,
    duration: SECONDS,
    ...options,
    url: options.url ?? base,
  } as autocannon.Options);
  return {
    title,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

let n = 0;
try {
  const pushOptions: Partial<autocannon.Options> = {
    requests: [
      {
        method: 'POST',
        path: '/v1/sync/push',
        headers,
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            idempotencyKey: `bench-${process.pid}-${n++}-xxxxxxxx`,
            changes: [{ collection: 'drafts', id: `b${n}`, baseRev: 0, data: { form: 'kp7', n } }],
          }),
        }),
      },
    ],
  };
  const kinds = {
    hello: () => load('hello-world GET', { url: `http://127.0.0.1:${ports.hello}/` }),
    push: () => load('sync push (1 new record)', pushOptions),
    pull: () =>
      load('sync pull (100 records)', {
        url: `${base}/v1/sync/pull?collection=drafts&cursor=0&limit=100`,
        headers,
      }),
  };
  // Warm up, then alternate the three loads so a noisy neighbour hits all of them alike; report medians.
  await load('warm-up', { url: `http://127.0.0.1:${ports.hello}/`, duration: 1 });
  await kinds.push();
  const runs: Record<keyof typeof kinds, Awaited<ReturnType<typeof load>>[]> = {
    hello: [],
    push: [],
    pull: [],
  };
  for (let round = 0; round < ROUNDS; round++)
    for (const k of ['hello', 'push', 'pull'] as const) runs[k].push(await kinds[k]());
  const med = (k: keyof typeof kinds) => {
    const sorted = [...runs[k]].sort((a, b) => a.rps - b.rps);
    return sorted[Math.floor(sorted.length / 2)] ?? { title: k, rps: Number.NaN, p99: Number.NaN, errors: 0 };
  };
  const hello = med('hello');
  const push = med('push');
  const pull = med('pull');

  // 2,000 records of a realistic size, then a fresh client pulls them all through the sync engine.
  for (let i = 0; i < 20; i++) {
    const changes = Array.from({ length: 100 }, (_, j) => ({
      collection: 'people' as const,
      id: `p${i * 100 + j}`,
      baseRev: 0,
      data: {
        name: 'ทดสอบ ข้อมูล'.repeat(4),
        address: 'บ้านเลขที่ 1 หมู่ 2 ตำบลทดสอบ อำเภอทดสอบ จังหวัดทดสอบ',
        n: i * 100 + j,
      },
    }));
    await fetch(`${base}/v1/sync/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ idempotencyKey: `seed-${i}-xxxxxxxxxxxx`, changes }),
    });
  }
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const engine = new SyncEngine(
      new MemoryStore(),
      new HttpSyncTransport(base, async () => login.accessToken),
    );
    const started = performance.now();
    const received = await engine.pull('people');
    times.push(performance.now() - started);
    if (received !== 2000) throw new Error(`pulled ${received}`);
  }
  const pull2000 = times.sort((a, b) => a - b)[2] ?? Number.NaN;

  console.log(
    `sync backend on SQLite, 16 connections (autocannon), median of ${ROUNDS} alternating ${SECONDS}-s runs per load`,
  );
  for (const r of [hello, push, pull]) {
    console.log(
      `${r.title.padEnd(26)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   ratio to hello-world ${(r.rps / hello.rps).toFixed(2)}`,
    );
  }
  console.log(
    `pull 2,000 records into a client (median of 5): ${pull2000.toFixed(0)} ms (goal ≤ 300 ms): ${pull2000 <= 300 ? 'MET' : 'MISSED'}`,
  );
  const ok = push.rps >= 0.5 * hello.rps && pull.rps >= 0.5 * hello.rps;
  console.log(`sync throughput ≥ 0.5 × hello-world: ${ok ? 'MET' : 'MISSED'}`);
} finally {
  child.kill('SIGTERM');
}
