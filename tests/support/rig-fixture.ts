import { afterAll, beforeAll } from 'vitest';
import { type Rig, startRig } from '../../agent/virtual-card/rig';

/**
 * Starts one rig for a test file and points this process's PC/SC client at it. libpcsclite reads
 * PCSCLITE_CSOCK_NAME once per process, so every file gets its own rig and its own vitest worker.
 */
export function useRig(): { rig: () => Rig } {
  let rig: Rig | null = null;
  beforeAll(async () => {
    rig = await startRig();
    process.env.PCSCLITE_CSOCK_NAME = rig.env.PCSCLITE_CSOCK_NAME;
  }, 30_000);
  afterAll(async () => {
    await rig?.stop();
  }, 30_000);
  return {
    rig: () => {
      if (!rig) throw new Error('rig not started');
      return rig;
    },
  };
}

/** Resolves once `check` is true, polling every 10 ms. */
export async function until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves once the async `check` is true, polling every 10 ms. */
export async function untilAsync(
  check: () => Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
