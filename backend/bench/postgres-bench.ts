// bench:backend part 2: the national deadline peak on PostgreSQL — officers of many อปท. autosaving drafts and
// pulling in the background — with 1 and 2 stateless backend processes (the load spread over them as a load
// balancer would).
import { availableParallelism } from 'node:os';
import { createUser, upsertOrg } from '../src/cli/admin';
import { freshDatabase } from '../src/test-support/databases';
import { autosaveBody, line, loadSpread, type Run, startServer, stopServers } from './bench-support';
import { postgresCpu } from './postgres-cpu';

const OFFICES = 20;
const GOAL_RPS = 1500;
const GOAL_P99 = 100;
const SECONDS = Number(process.env.BENCH_PG_SECONDS ?? 4);

interface Officer {
  token: string;
}

export async function postgresBench(): Promise<boolean> {
  const fresh = await freshDatabase('postgres');
  try {
    const { db } = fresh.database;
    for (let i = 1; i <= OFFICES; i++) {
      const org = `650${String(10 + Math.floor(i / 10)).slice(-2)}${String(i % 100).padStart(2, '0')}`;
      await upsertOrg(db, org, `อบต.ทดสอบ ${i}`);
      await createUser(db, { username: `bench-${i}`, password: 'bench-password', role: 'officer', org });
    }
    await fresh.database.close();
    let ok = true;
    const cpus: Array<{ node: number; pg: number | undefined }> = [];
    console.log(
      `\n2. PostgreSQL, the deadline peak: ${OFFICES} อปท., each connection one officer alternating an autosave push and a background pull of what changed since; ${SECONDS}-s runs`,
    );
    for (const processes of [1, 2]) {
      const servers = await Promise.all(Array.from({ length: processes }, () => startServer(fresh.url)));
      const officers: Officer[] = [];
      for (let i = 1; i <= OFFICES; i++) {
        const res = await fetch(`http://127.0.0.1:${servers[0]?.backend}/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: `bench-${i}`, password: 'bench-password' }),
        });
        officers.push({ token: ((await res.json()) as { accessToken: string }).accessToken });
      }
      // Connections take officers in turn across all processes, so each อปท. is served by one connection.
      let next = 0;
      const mix = (port: number, connections: number, rate?: number) => {
        type Context = { token?: string; seq?: number };
        const auth = (ctx: Context) => {
          ctx.token ??= officers[next++ % officers.length]?.token ?? '';
          return { authorization: `Bearer ${ctx.token}`, 'content-type': 'application/json' };
        };
        return {
          url: `http://127.0.0.1:${port}`,
          connections,
          duration: SECONDS,
          ...(rate ? { overallRate: rate } : {}),
          requests: [
            {
              method: 'POST' as const,
              path: '/v1/sync/push',
              setupRequest: (req: object, ctx: object) => ({
                ...req,
                headers: auth(ctx as Context),
                body: autosaveBody(`pg${port}`),
              }),
              onResponse: (_status: number, body: string, ctx: object) => {
                const seq = /"seq":(\d+)/.exec(body)?.[1];
                if (seq) (ctx as Context).seq = Number(seq);
              },
            },
            {
              method: 'GET' as const,
              setupRequest: (req: object, ctx: object) => ({
                ...req,
                headers: auth(ctx as Context),
                path: `/v1/sync/pull?collection=drafts&cursor=${Math.max(0, ((ctx as Context).seq ?? 1) - 3)}`,
              }),
            },
          ],
        };
      };
      const ports = servers.map((s) => s.backend);
      await loadSpread(
        'warm-up',
        ports.map((p) => ({ ...mix(p, 8), duration: 1 })),
      );
      const most = await withPostgresCpu(() =>
        loadSpread(
          `${processes} process(es), 32 connections`,
          ports.map((p) => mix(p, 32 / processes)),
          servers,
        ),
      );
      const atGoal = await withPostgresCpu(() =>
        loadSpread(
          `${processes} process(es), offered ${GOAL_RPS} req/s`,
          ports.map((p) => mix(p, 64 / processes, GOAL_RPS / processes)),
          servers,
        ),
      );
      const met = atGoal.rps >= GOAL_RPS * 0.97 && atGoal.p99 <= GOAL_P99 && atGoal.errors === 0;
      console.log(
        line({
          ...most,
          extra: `${pgNote(most)}   ${((most.rps / GOAL_RPS) * 100).toFixed(0)} % of ${GOAL_RPS} req/s`,
        }),
      );
      console.log(
        line({
          ...atGoal,
          extra: `${pgNote(atGoal)}   goal ${GOAL_RPS} req/s at p99 ≤ ${GOAL_P99} ms: ${met ? 'MET' : `MISSED (${((atGoal.rps / GOAL_RPS) * 100).toFixed(0)} % of the rate)`}`,
        }),
      );
      ok &&= met;
      for (const run of [most, atGoal])
        if (run.cpu !== undefined) cpus.push({ node: run.cpu, pg: run.pgCpu });

      stopServers();
    }
    console.log(capacityNote(cpus));
    return ok;
  } finally {
    stopServers();
    await fresh.drop();
  }
}

/** A load with PostgreSQL's CPU time per answered request beside the Node processes' own. */
async function withPostgresCpu(run: () => Promise<Run>): Promise<Run & { pgCpu?: number }> {
  const before = postgresCpu();
  const result = await run();
  const after = postgresCpu();
  const pgCpu =
    before !== undefined && after !== undefined
      ? (after - before) / Math.max(1, result.requests ?? 0)
      : undefined;
  return { ...result, ...(pgCpu === undefined ? {} : { pgCpu }) };
}

/**
 * What the peak needs in CPU alone, from the runs' CPU per request (which other work on the machine barely moves,
 * unlike req/s): the cores of Node and of PostgreSQL that 1,500 req/s keeps busy.
 */
function capacityNote(cpus: Array<{ node: number; pg: number | undefined }>): string {
  const least = (values: number[]) => Math.min(...values);
  const node = least(cpus.map((c) => c.node));
  const pgs = cpus.flatMap((c) => (c.pg === undefined ? [] : [c.pg]));
  const pg = pgs.length > 0 ? least(pgs) : undefined;
  const cores = (us: number) => ((GOAL_RPS * us) / 1e6).toFixed(1);
  return `CPU per request (least over the runs): Node ${node.toFixed(0)} µs${pg === undefined ? '' : `, PostgreSQL ${pg.toFixed(0)} µs`}; ${GOAL_RPS} req/s keeps ${cores(node)} cores busy in Node${pg === undefined ? '' : ` and ${cores(pg)} in PostgreSQL (${cores(node + pg)} in all, beside the load generator) against the ${cpuCount()} cores of this machine`}`;
}

const cpuCount = () => availableParallelism();

const pgNote = (run: { pgCpu?: number }) =>
  run.pgCpu === undefined ? '' : ` + PostgreSQL ${run.pgCpu.toFixed(0).padStart(4)} µs`;
