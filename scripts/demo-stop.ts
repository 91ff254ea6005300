// npm run demo:stop — ends what a demo started (by the pids it recorded), e.g. after a crash. Touches nothing else.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const file = join(resolve('.lhr-run'), 'pids.json');

/** Stops the processes and network namespace listed in .lhr-run/pids.json; false when there is no such file. */
export async function stopRecordedDemo(): Promise<boolean> {
  let recorded: Record<string, number | string | null>;
  try {
    recorded = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  const pids = Object.entries(recorded)
    .filter(([key, value]) => key !== 'namespace' && typeof value === 'number')
    .map(([, value]) => value as number);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const pid of pids.filter(alive)) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 30 && pids.some(alive); i++) await sleep(100);
  for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
  if (typeof recorded.namespace === 'string') {
    try {
      execFileSync('ip', ['netns', 'del', recorded.namespace], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
  rmSync(file, { force: true });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await stopRecordedDemo()) ? 'demo stopped' : 'no demo was recorded as running');
}
