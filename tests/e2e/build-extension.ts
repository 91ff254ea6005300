import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Vitest global setup for e2e: one test build of the extension (open shadow root) before any browser starts. */
export default function setup(): void {
  const root = join(import.meta.dirname, '../..');
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, WXT_E2E: '1' },
    stdio: 'ignore',
  });
}
