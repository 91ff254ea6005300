// Shared pieces of bench:backend: starting backend processes, running autocannon, the workloads' requests.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

export const SECRET = 'bench-secret-0123456789';

export interface Run {
  title: string;
  rps: number;
  p99: number;
  errors: number;
  /** answered requests */
  requests?: number;
  /** CPU time the server process spent per answered request, in µs (when measured) */
  cpu?: number;
}

export interface Server {
  backend: number;
  hello?: number;
  /** the stock middleware alone before an empty POST route (with hello) */
  stock?: number;
  /** the push as raw SQLite statements behind the stock middleware (with hello; raw-push-floor.ts) */
  raw?: number;
  /** the server process's CPU time so far, in µs */
  cpu(): Promise<number>;
}

export const children: ChildProcess[] = [];

/** Starts one backend process (servers.ts) on `db`; resolves with its ports once it listens. */
export async function startServer(db: string, hello = false): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      // BENCH_PROF=DIR writes a CPU profile of each backend process there.
      ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
      '--import',
      'tsx',
      join(import.meta.dirname, 'servers.ts'),
      '--db',
      db,
      ...(hello ? ['--hello'] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], env: { ...process.env, LHR_BACKEND_SECRET: SECRET } },
  );
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const ports = JSON.parse(line) as Omit<Server, 'cpu'>;
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once('message', (value) => resolve(Number(value)));
      child.send('cpu');
    });
  return { ...ports, cpu };
}

export function stopServers(): void {
  for (const child of children.splice(0)) child.kill('SIGTERM');
}

export async function load(
  title: string,
  options: Partial<autocannon.Options>,
  server?: Server,
): Promise<Run> {
  const before = await server?.cpu();
  const result = await autocannon({ connections: 16, duration: 2, ...options } as autocannon.Options);
  const after = await server?.cpu();
  const cpu =
    before !== undefined && after !== undefined
      ? (after - before) / Math.max(1, result.requests.total)
      : undefined;
  return {
    title,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    ...(cpu === undefined ? {} : { cpu }),
  };
}

/** Several autocannon instances at once, one per backend process (a load balancer spreading the clients). */
export async function loadSpread(
  title: string,
  runs: Array<Partial<autocannon.Options>>,
  servers: Server[] = [],
): Promise<Run> {
  const results = await Promise.all(runs.map((options, i) => load(`${title} #${i}`, options, servers[i])));
  const cpus = results.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  return {
    ...(cpus.length > 0 ? { cpu: cpus.reduce((a, b) => a + b, 0) / cpus.length } : {}),
    title,
    rps: results.reduce((sum, r) => sum + r.rps, 0),
    // The slowest process's p99: a conservative figure for the whole.
    p99: Math.max(...results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    requests: results.reduce((sum, r) => sum + (r.requests ?? 0), 0),
  };
}

let counter = 0;
/** An autosave push: one new draft of the ก.พ.7 form, the size the extension sends. */
export function autosaveBody(tag: string): string {
  const n = counter++;
  return JSON.stringify({
    idempotencyKey: `bench-${process.pid}-${tag}-${n}-xxxxxxxx`,
    changes: [
      {
        collection: 'drafts',
        id: `https://lhr.example|kp7|${tag}-${n}`,
        baseRev: 0,
        data: {
          site: 'https://lhr.example',
          form: 'kp7/person',
          recordKey: 'new',
          title: `ร่าง ${n}`,
          fields: Array.from({ length: 12 }, (_, i) => ({ key: `field${i}`, value: `ค่าทดสอบ ${i}` })),
          savedAt: new Date().toISOString(),
        },
      },
    ],
  });
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export function line(r: Run & { extra?: string }): string {
  const cpu = r.cpu === undefined ? '' : `   cpu ${r.cpu.toFixed(0).padStart(4)} µs/req`;
  return `${r.title.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}${cpu}${r.extra ?? ''}`;
}
