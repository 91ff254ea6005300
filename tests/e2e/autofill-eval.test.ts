import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreSplit } from '../../tools/corpus/score';
import { DetectionBrowser } from '../../tools/detect/detect-in-chromium';

let browser: DetectionBrowser;
beforeAll(async () => {
  browser = await DetectionBrowser.start();
});
afterAll(async () => {
  await browser?.close();
});

describe('labelled corpus (tests/corpus), detection run in Chromium', () => {
  it('val: no dangerous fill, micro precision ≥ 0.98 and recall ≥ 0.93 on subject types, every page loads', async () => {
    const val = await scoreSplit('val', browser);
    expect(val.pages).toBeGreaterThanOrEqual(10);
    expect(val.pagesFailedToLoad).toEqual([]);
    expect(val.dangerous).toEqual([]);
    expect(val.micro.precision).toBeGreaterThanOrEqual(0.98);
    expect(val.micro.recall).toBeGreaterThanOrEqual(0.93);
  });

  it('dev: no dangerous fill and every page loads', async () => {
    const dev = await scoreSplit('dev', browser);
    expect(dev.pages + (await scoreSplit('val', browser)).pages).toBeGreaterThanOrEqual(30);
    expect(dev.pagesFailedToLoad).toEqual([]);
    expect(dev.dangerous).toEqual([]);
  });
});
