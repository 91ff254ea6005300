import type { FeaturePanel } from '../assist-session';
import type { Feature } from './feature-manager';

/**
 * Where a lazily loaded feature script hands its Feature to the content script. The script runs in the content
 * script's isolated world (the background injects it with scripting.executeScript), so the page never sees this.
 * Kept apart from lazy-feature.ts so a feature script carries nothing but its feature.
 */
export const PROVIDE = Symbol.for('lhr-assist.provide-feature');
export type WithProvide = typeof globalThis & { [PROVIDE]?: (feature: Feature) => void };

/**
 * Called by a feature script (extension/entrypoints/feature-*.ts) with the feature it carries and, if the overlay
 * shows something for it, its panel (so the panel's code travels in the feature script too).
 */
export function provideFeature(feature: Feature, panel?: FeaturePanel): void {
  const provide = (globalThis as WithProvide)[PROVIDE];
  if (!provide) throw new Error('LHR Assist: feature script ran without the content script');
  provide(
    panel
      ? {
          ...feature,
          init(session, signal) {
            session.addPanel(feature.id, panel);
            signal.addEventListener('abort', () => session.removePanel(feature.id));
            return feature.init(session, signal);
          },
        }
      : feature,
  );
}
