import type { Feature } from './feature-manager';

/**
 * Where a lazily loaded feature script hands its Feature to the content script. The script runs in the content
 * script's isolated world (the background injects it with scripting.executeScript), so the page never sees this.
 * Kept apart from lazy-feature.ts so a feature script carries nothing but its feature.
 */
export const PROVIDE = Symbol.for('lhr-assist.provide-feature');
export type WithProvide = typeof globalThis & { [PROVIDE]?: (feature: Feature) => void };

/** Called by a feature script (extension/entrypoints/feature-*.ts) with the feature it carries. */
export function provideFeature(feature: Feature): void {
  const provide = (globalThis as WithProvide)[PROVIDE];
  if (!provide) throw new Error('LHR Assist: feature script ran without the content script');
  provide(feature);
}
