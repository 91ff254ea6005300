// npm run bench:backend — sync push/pull throughput and p99, loopback only, in one bounded run (< 3 min):
//   1. one process on the embedded SQLite default, each figure with its ratio to a bare Express hello-world;
//   2. PostgreSQL with 1 and 2 backend processes under the national deadline peak mix, against 1,500 req/s, p99 ≤ 100 ms.
import { stopServers } from './bench-support';
import { postgresBench } from './postgres-bench';
import { sqliteBench } from './sqlite-bench';

const LIMIT_MS = 170_000;
const started = Date.now();
const guard = setTimeout(() => {
  console.error(`bench:backend stopped after ${LIMIT_MS / 1000} s`);
  stopServers();
  process.exit(1);
}, LIMIT_MS);
try {
  // BENCH_ONLY=sqlite or =postgres runs one part (for comparing changes quickly).
  const only = process.env.BENCH_ONLY;
  const verdicts: string[] = [];
  if (only !== 'postgres') verdicts.push(`SQLite goals ${(await sqliteBench()) ? 'MET' : 'MISSED'}`);
  stopServers();
  if (only !== 'sqlite') verdicts.push(`PostgreSQL goal ${(await postgresBench()) ? 'MET' : 'MISSED'}`);
  console.log(
    `\nbench:backend took ${((Date.now() - started) / 1000).toFixed(0)} s; ${verdicts.join(', ')} on this machine`,
  );
} finally {
  clearTimeout(guard);
  stopServers();
}
