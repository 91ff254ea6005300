import { expect } from 'vitest';
import { scoreSplit } from '../../tools/corpus/score';
import type { Split } from '../../tools/corpus/splits';
import type { DetectionBrowser } from '../../tools/detect/detect-in-chromium';

// The level a hand-written split is held at in the e2e evaluation (autofill-eval*.test.ts).

/**
 * A split of at least 20 pages, every one loaded, with at most `dangerous` dangerous fills, and precision and recall
 * at their measured level.
 */
export async function expectHeldAt(
  browser: DetectionBrowser,
  split: Split,
  dangerous: number,
  precision: number,
  recall: number,
): Promise<void> {
  const score = await scoreSplit(split, browser);
  expect(score.pages).toBeGreaterThanOrEqual(20);
  expect(score.pagesFailedToLoad).toEqual([]);
  expect(score.dangerous.length).toBeLessThanOrEqual(dangerous);
  expect(score.micro.precision).toBeGreaterThanOrEqual(precision);
  expect(score.micro.recall).toBeGreaterThanOrEqual(recall);
}
