import browser from 'webextension-polyfill';
import type { LazyFeatureScript } from '../../../shared/protocol/lazy-features';
import type { AssistSession } from '../assist-session';
import { sharePreact } from '../share-preact';
import type { Feature } from './feature-manager';
import { PROVIDE, type WithProvide } from './provide-feature';

const waiting = new Map<string, (feature: Feature) => void>();
const provided = new Map<string, Feature>();

function installProvide(): void {
  sharePreact();
  const scope = globalThis as WithProvide;
  scope[PROVIDE] ??= (feature) => {
    provided.set(feature.id, feature);
    waiting.get(feature.id)?.(feature);
    waiting.delete(feature.id);
  };
}

/** Asks the background to inject the feature's script into this frame and waits for the script to hand it over. */
export async function loadFeature(id: string, script: LazyFeatureScript): Promise<Feature> {
  installProvide();
  const ready = provided.get(id);
  if (ready) return ready;
  const arrived = new Promise<Feature>((resolve) => waiting.set(id, resolve));
  const reply = (await browser.runtime.sendMessage({ type: 'feature.load', script })) as { ok?: boolean };
  if (reply?.ok !== true) {
    waiting.delete(id);
    throw new Error(`feature script ${script} was not loaded`);
  }
  return arrived;
}

/**
 * A feature whose code lives in its own script, loaded only on pages it applies to. To the feature manager it is a
 * Feature like any other: `include` is checked here without loading anything, and `init` loads the script and runs
 * the real feature's `init` (its own `include` is not asked again). The feature's author writes the same Feature
 * object as for an eager one, plus a three-line entrypoint that provides it.
 */
export function lazyFeature(
  id: string,
  script: LazyFeatureScript,
  include: (session: AssistSession) => boolean,
): Feature {
  return {
    id,
    include,
    async init(session, signal) {
      const feature = await loadFeature(id, script);
      if (signal.aborted) return;
      await feature.init(session, signal);
    },
  };
}
