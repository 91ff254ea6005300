import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SHARED_PREACT, type WithSharedPreact } from '../../utils/shared-preact/slot';
import { PROVIDE, type WithProvide } from './provide-feature';

// The background injects scripts into the frame; here the "injection" runs what the script would: feature-preact
// fills the shared slot, a feature script hands its feature over. The order is recorded.
const injected: string[] = [];
const sendMessage = vi.fn(async (message: { type: string; script: string }) => {
  injected.push(message.script);
  // a feature script's preact imports read the slot as it runs: without it the script would throw
  if (message.script === 'feature-preact') (globalThis as WithSharedPreact)[SHARED_PREACT] = {} as never;
  else if (!(globalThis as WithSharedPreact)[SHARED_PREACT]) throw new Error('ran before feature-preact');
  else
    (globalThis as WithProvide)[PROVIDE]?.({ id: message.script.slice(8), include: () => true, init() {} });
  return { ok: true };
});
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));

const { loadFeature } = await import('./lazy-feature');

describe('lazy feature scripts', () => {
  beforeEach(() => {
    injected.length = 0;
  });

  it('injects the shared Preact once per frame, before the first feature script, not in the content script', async () => {
    delete (globalThis as WithSharedPreact)[SHARED_PREACT];
    const overlay = await loadFeature('overlay', 'feature-overlay');
    const teach = await loadFeature('teach', 'feature-teach');
    expect([overlay.id, teach.id]).toEqual(['overlay', 'teach']);
    expect(injected).toEqual(['feature-preact', 'feature-overlay', 'feature-teach']);
  });

  it('a feature already handed over is not injected again', async () => {
    await loadFeature('overlay', 'feature-overlay');
    expect(injected).toEqual([]);
  });
});
