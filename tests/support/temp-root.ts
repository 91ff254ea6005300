// Vitest global setup: every temporary folder of a test run (databases, agent homes, browser profiles, pcscd rigs)
// goes under one folder of its own, removed when the run ends. Without it each run left about 64 folders in /tmp,
// and a machine running the suite in a loop slowed down run after run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'lhr-tests-'));
  // os.tmpdir() reads TMPDIR on every call, and test workers and the processes they start inherit it.
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // RIG_KEEP=1 keeps a failed rig's folder for reading (tests/agent/soak.test.ts).
    if (!process.env.RIG_KEEP) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
