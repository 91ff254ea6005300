import type { Feature } from '../features/feature-manager';
import { loadFeature } from '../features/lazy-feature';
import type { planFill } from './fill-plan';
import type { runFill } from './run-fill';

/**
 * What the fill-engine script hands over: a Feature in form only (the lazy-script channel), carrying the planner and
 * the writer. The engine (value formats, title and date conversion, option matching, typing into the page) is needed
 * only once a card is read or a register person picked, so it stays out of the content script that runs on every
 * assisted page (about 3 KB gzip; bench:extension, docs/extension.md).
 */
export interface FillEngine extends Feature {
  planFill: typeof planFill;
  runFill: typeof runFill;
}

let loading: Promise<FillEngine> | null = null;

/** Loads the fill engine into this frame once (its own script, feature-fill-engine.ts). */
export function fillEngine(): Promise<FillEngine> {
  loading ??= (loadFeature('fill-engine', 'feature-fill-engine') as Promise<FillEngine>).catch((error) => {
    loading = null; // (tried again on the next fill: the background may have been restarting)
    throw error;
  });
  return loading;
}
