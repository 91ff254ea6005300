import browser from 'webextension-polyfill';
import type { LazyFeatureScript } from '../../../shared/protocol/lazy-features';
import { SHARED_PREACT, type WithSharedPreact } from '../../utils/shared-preact/slot';
import type { AssistSession } from '../assist-session';
import type { Feature } from './feature-manager';
import { PROVIDE, type WithProvide } from './provide-feature';

/**
 * Who waits for which script, and what has arrived, kept once per frame rather than per bundle: a feature script that
 * loads another (the register-fill panel loading the fill engine) carries its own copy of this module, and must
 * see the same scripts as the content script.
 */
const LOADS = Symbol.for('lhr-assist.lazy-loads');
type Loads = { waiting: Map<string, (feature: Feature) => void>; provided: Map<string, Feature> };
const scope = globalThis as typeof globalThis & { [LOADS]?: Loads };
scope[LOADS] ??= { waiting: new Map(), provided: new Map() };
const { waiting, provided } = scope[LOADS];

function installProvide(): void {
  const scope = globalThis as WithProvide;
  scope[PROVIDE] ??= (feature) => {
    provided.set(feature.id, feature);
    waiting.get(feature.id)?.(feature);
    waiting.delete(feature.id);
  };
}

/** Asks the background to inject one script into this frame; resolves once the script has run. */
async function inject(script: LazyFeatureScript): Promise<void> {
  const reply = (await browser.runtime.sendMessage({ type: 'feature.load', script })) as { ok?: boolean };
  if (reply?.ok !== true) throw new Error(`feature script ${script} was not loaded`);
}

/**
 * The Preact the feature scripts' panels render with (content/share-preact.ts): injected once per frame before the
 * first feature script, whose `preact` imports read it as the script runs. Not in the content script, which runs on
 * every assisted page (bench:extension: about 5 KB gzip).
 */
let preact: Promise<void> | null = null;
function preactShared(): Promise<void> {
  if ((globalThis as WithSharedPreact)[SHARED_PREACT]) return Promise.resolve();
  preact ??= inject('feature-preact').catch((error: unknown) => {
    preact = null;
    throw error;
  });
  return preact;
}

/** Asks the background to inject the feature's script into this frame and waits for the script to hand it over. */
export async function loadFeature(id: string, script: LazyFeatureScript): Promise<Feature> {
  installProvide();
  const ready = provided.get(id);
  if (ready) return ready;
  await preactShared();
  const arrived = new Promise<Feature>((resolve) => waiting.set(id, resolve));
  try {
    await inject(script);
  } catch (error) {
    waiting.delete(id);
    throw error;
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
