// npm run bench:backend — sync push/pull throughput and p99 on SQLite against a bare Express hello-world measured in
// the same run, and the time to pull 2,000 records into a client.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { HttpSyncTransport } from '../../shared/sync/http-transport';
import { MemoryStore, SyncEngine } from '../../shared/sync/sync-engine';
import { loginOverHttp } from '../src/test-support/http-login';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PEOPLE = 2000;
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
const { accessToken, headers } = await loginOverHttp(base, 'officer-a');

interface Run {
  title: string;
  rps: number;
  p99: number;
  errors: number;
}

async function load(title: string, options: Partial<autocannon.Options>): Promise<Run> {
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

/** The person cache of one อปท.: records of a realistic size, pushed 100 at a time. */
async function seedPeople(): Promise<void> {
  for (let i = 0; i < PEOPLE / 100; i++) {
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
    const res = await fetch(`${base}/v1/sync/push`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ idempotencyKey: `seed-${i}-xxxxxxxxxxxx`, changes }),
    });
    if (!res.ok) throw new Error(`seeding failed: ${res.status}`);
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

let n = 0;
try {
  await seedPeople();
  const pull = (query: string) => ({ url: `${base}/v1/sync/pull?${query}`, headers });
  const loads = {
    hello: () => load('hello-world GET', { url: `http://127.0.0.1:${ports.hello}/` }),
    push: () =>
      load('push (1 new record)', {
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
      }),
    // What every client asks in the background: the few changes since its cursor.
    recent: () => load('pull (10 latest records)', pull(`collection=people&cursor=${PEOPLE - 10}`)),
    // A client catching up; its end-to-end goal is the 2,000-record pull below.
    page: () => load('pull (page of 100 records)', pull('collection=people&cursor=0&limit=100')),
  };
  type Load = keyof typeof loads;
  const measured: Exclude<Load, 'hello'>[] = ['push', 'recent', 'page'];
  await load('warm-up', { url: `http://127.0.0.1:${ports.hello}/`, duration: 1 });
  await loads.push();
  // This machine's speed drifts within seconds, so every backend run sits between two hello-world runs and is
  // compared with their mean; the median over the rounds is reported.
  const runs = Object.fromEntries(measured.map((k) => [k, [] as { run: Run; ratio: number }[]])) as Record<
    Exclude<Load, 'hello'>,
    { run: Run; ratio: number }[]
  >;
  const hellos: Run[] = [await loads.hello()];
  for (let round = 0; round < ROUNDS; round++)
    for (const k of measured) {
      const before = hellos[hellos.length - 1] as Run;
      const run = await loads[k]();
      const after = await loads.hello();
      hellos.push(after);
      runs[k].push({ run, ratio: run.rps / ((before.rps + after.rps) / 2) });
    }
  const hello = {
    title: hellos[0]?.title ?? 'hello',
    rps: median(hellos.map((r) => r.rps)),
    p99: median(hellos.map((r) => r.p99)),
    errors: hellos.reduce((sum, r) => sum + r.errors, 0),
    ratio: 1,
    rounds: '',
  };
  const summary = (k: Exclude<Load, 'hello'>) => ({
    title: runs[k][0]?.run.title ?? k,
    rps: median(runs[k].map((r) => r.run.rps)),
    p99: median(runs[k].map((r) => r.run.p99)),
    errors: runs[k].reduce((sum, r) => sum + r.run.errors, 0),
    ratio: median(runs[k].map((r) => r.ratio)),
    rounds: `(rounds: ${runs[k].map((r) => r.ratio.toFixed(2)).join(' ')})`,
  });

  // A fresh client pulls the 2,000 people through the sync engine, page by page.
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const engine = new SyncEngine(new MemoryStore(), new HttpSyncTransport(base, async () => accessToken));
    const started = performance.now();
    const received = await engine.pull('people');
    times.push(performance.now() - started);
    if (received !== PEOPLE) throw new Error(`pulled ${received}`);
  }
  const pull2000 = median(times);

  console.log(
    `sync backend on SQLite, 16 connections (autocannon), ${ROUNDS} rounds of ${SECONDS}-s runs; medians; each ratio against the hello-world runs either side`,
  );
  const results = [hello, ...measured.map(summary)];
  for (const r of results) {
    console.log(
      `${r.title.padEnd(27)} ${r.rps.toFixed(0).padStart(6)} req/s   p99 ${String(r.p99).padStart(3)} ms   errors ${r.errors}   ratio ${r.ratio.toFixed(2)}  ${r.rounds}`,
    );
  }
  console.log(
    `pull 2,000 records into a client (median of 5): ${pull2000.toFixed(0)} ms (goal ≤ 300 ms): ${pull2000 <= 300 ? 'MET' : 'MISSED'}`,
  );
  const [, push, recent] = results;
  const ok = (push?.ratio ?? 0) >= 0.5 && (recent?.ratio ?? 0) >= 0.5;
  console.log(`sync throughput (push, pull of the latest) ≥ 0.5 × hello-world: ${ok ? 'MET' : 'MISSED'}`);
} finally {
  child.kill('SIGTERM');
}
