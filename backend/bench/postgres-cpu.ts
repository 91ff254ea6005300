// PostgreSQL's own CPU time on this machine, for bench:backend: backend processes serving the load run beside the
// load generator and the Node processes on the same cores, so their CPU per request is part of the capacity figure.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_US = 10_000; // USER_HZ is 100 on Linux

/**
 * The CPU time so far of every running `postgres` process plus the children the postmaster has reaped (its cutime
 * and cstime), in µs; undefined where /proc cannot be read. Other work on the same server (tests of other helpers)
 * counts too, so the figure is an upper bound.
 */
export function postgresCpu(): number | undefined {
  let total = 0;
  let found = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      // Fields after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
      const fields = stat.slice(close + 2).split(' ');
      const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i] ?? 0));
      total += (utime ?? 0) + (stime ?? 0) + (cutime ?? 0) + (cstime ?? 0);
      found = true;
    }
  } catch {
    return undefined;
  }
  return found ? total * TICK_US : undefined;
}
