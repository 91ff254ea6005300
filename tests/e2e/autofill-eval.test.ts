import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreSplit } from '../../tools/corpus/score';
import type { Split } from '../../tools/corpus/splits';
import { DetectionBrowser } from '../../tools/detect/detect-in-chromium';
import { expectHeldAt } from './autofill-held';

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

  // Hand-written pages modelled on real Thai government and HR forms (tests/corpus/handwritten, see each page's
  // notes). The goal on this held-out split is 0 dangerous fills, precision ≥ 0.99 and recall ≥ 0.95; it is not met
  // yet (docs/autofill.md has the figures), so this holds the measured level and fails on any regression.
  it('hand-written val: at most the measured dangerous fills, precision and recall; every page loads', async () => {
    const val = await scoreSplit('handwritten/val', browser);
    expect(val.pages).toBeGreaterThanOrEqual(14);
    expect(val.pagesFailedToLoad).toEqual([]);
    // Measured after the second engine round (docs/autofill.md): 2 dangerous fills, precision 0.977, recall 0.966.
    expect(val.dangerous.length).toBeLessThanOrEqual(2);
    expect(val.micro.precision).toBeGreaterThanOrEqual(0.97);
    // (recall 0.989 after the dev8/dev9 round of 3 December, 1.000 after the dev13/dev14 round)
    expect(val.micro.recall).toBeGreaterThanOrEqual(0.99);
  });

  // val2: sealed, written by a helper who never read the engine; held at its measured level (after the dev5/dev6
  // rounds of 3 December: 1 dangerous fill, precision 0.995, recall 0.947) so that a regression fails. The goal
  // (0 / 0.99 / 0.95) is not met yet.
  it('hand-written val2 (sealed): at most the measured dangerous fills, precision and recall; every page loads', async () => {
    const val2 = await scoreSplit('handwritten/val2', browser);
    expect(val2.pages).toBeGreaterThanOrEqual(22);
    expect(val2.pagesFailedToLoad).toEqual([]);
    // (after the dev8/dev9 round: no dangerous fill, precision 1.000, recall 0.947; after dev13/dev14: recall 0.966)
    expect(val2.dangerous).toEqual([]);
    expect(val2.micro.precision).toBeGreaterThanOrEqual(0.995);
    expect(val2.micro.recall).toBeGreaterThanOrEqual(0.96);
  });

  // dev4: 30 pages written for the next tuning round; measured before any tuning on them (precision 0.821, recall
  // 0.670, 33 dangerous fills); after the first round tuned on them (places, the informant, the accused party, short
  // section-bar classes, owners, military domicile, fax, business premises): precision 0.948, recall 0.746, no
  // dangerous fill; after the dev5/dev6 rounds precision 0.972, recall 0.883. Held there so that a regression fails.
  it('hand-written dev4: every page loads, no more than the measured dangerous fills', async () => {
    const dev4 = await scoreSplit('handwritten/dev4', browser);
    expect(dev4.pages).toBeGreaterThanOrEqual(30);
    expect(dev4.pagesFailedToLoad).toEqual([]);
    expect(dev4.dangerous).toEqual([]);
    expect(dev4.micro.precision).toBeGreaterThanOrEqual(0.97);
    expect(dev4.micro.recall).toBeGreaterThanOrEqual(0.88);
  });

  // dev5, dev6, dev7: pages by three more helpers who never read the engine (3 December), each measured before any
  // tuning on it (dev5: 4 dangerous fills, 0.970, 0.762; dev6: 23, 0.855, 0.650; dev7, after the dev5/dev6 rounds:
  // 4, 0.928, 0.741 as written, 0 / 0.964 / 0.748 relabelled; dev8 and dev9 after the dev7 round: 21, 0.896,
  // 0.814 and 1, 0.990, 0.798; dev11 after the dev8/dev9 round: 12, 0.930, 0.833; dev12 after the dev10/dev11 round:
  // 6, 0.965, 0.816; dev13 and dev14 after it: 0, 0.993, 0.930 and 5, 0.925, 0.674; dev15 and dev16 after theirs:
  // 11, 0.937, 0.854 and 17, 0.896, 0.685; dev17 (LHR-style) and dev18 after theirs: 6, 0.909, 0.631 and 5, 0.962,
  // 0.768; dev19 after theirs: 7, 0.929, 0.569; dev20 after it: 1, 0.973, 0.725; dev21 and dev22 with the engine
  // after that round: 2, 0.973, 0.746 and 8, 0.934, 0.905), then tuned on by general rules.
  it.each([
    ['handwritten/dev5', 26, 1, 0.98],
    ['handwritten/dev6', 24, 1, 0.98],
    ['handwritten/dev7', 24, 1, 0.98],
    ['handwritten/dev8', 24, 1, 0.92],
    ['handwritten/dev9', 24, 1, 0.97],
    ['handwritten/dev11', 24, 1, 0.93],
    ['handwritten/dev12', 24, 0.99, 0.88],
    ['handwritten/dev13', 24, 1, 0.98],
    ['handwritten/dev14', 24, 1, 0.98],
    ['handwritten/dev15', 24, 1, 0.98],
    ['handwritten/dev16', 24, 1, 0.91],
    ['handwritten/dev17', 24, 0.98, 0.81],
    ['handwritten/dev18', 24, 1, 0.94],
    ['handwritten/dev19', 20, 1, 0.96],
    ['handwritten/dev20', 20, 1, 0.96],
    ['handwritten/dev21', 20, 0.99, 0.89],
    ['handwritten/dev22', 20, 1, 0.96],
    // dev23 and dev25, measured unseen in the third session of 3 December (3 / 0.960 / 0.814 and 0 / 1.000 / 0.839),
    // then tuned on in the fourth: 0 / 0.979 / 0.931 and 0 / 1.000 / 0.949
    ['handwritten/dev23', 20, 0.99, 0.96],
    ['handwritten/dev25', 20, 1, 0.96],
    // dev28 (อปท. HR and LHR screens, written for tuning after dev26): 2 / 0.982 / 0.848 before its round, then
    ['handwritten/dev28', 20, 1, 0.97],
    // dev27 (never tuned on in the fourth session: 4 / 0.978 / 0.883), tuned on in the fifth: 0 / 1.000 / 0.975; dev31
    // (measured on arrival in the fifth session: 0 / 0.943 / 0.834), then tuned on: 0 / 0.981 / 0.963
    ['handwritten/dev27', 20, 1, 0.98],
    ['handwritten/dev31', 20, 0.99, 0.98],
  ] as const)(
    '%s (%i pages): every page loads, no dangerous fill, precision and recall at the measured level',
    async (split, pages, precision, recall) => {
      const score = await scoreSplit(split, browser);
      expect(score.pages).toBeGreaterThanOrEqual(pages);
      expect(score.pagesFailedToLoad).toEqual([]);
      expect(score.dangerous).toEqual([]);
      expect(score.micro.precision).toBeGreaterThanOrEqual(precision);
      expect(score.micro.recall).toBeGreaterThanOrEqual(recall);
    },
  );

  // dev10 (imitating the outside held-out mix; before tuning 4 dangerous fills, 0.933, 0.801): after its round 2
  // dangerous fills remain on one student-correction page whose writer gives the card to the child while the parent
  // files — three other writers read such pages the other way, so the engine was not turned to it.
  // dev24 (อปท. HR and LHR screens; before its round 5 dangerous fills, 0.957, 0.836): one dangerous fill remains, the
  // address to reach a staff member during his leave, which its writer left unlabelled as disputed (it may be his home).
  it('handwritten/dev24: every page loads, at most the disputed leave address, precision and recall as measured', async () => {
    const dev24 = await scoreSplit('handwritten/dev24', browser);
    expect(dev24.pages).toBeGreaterThanOrEqual(20);
    expect(dev24.pagesFailedToLoad).toEqual([]);
    expect(dev24.dangerous.every((d) => d.page.startsWith('d24-04'))).toBe(true);
    expect(dev24.dangerous.length).toBeLessThanOrEqual(1);
    expect(dev24.micro.precision).toBeGreaterThanOrEqual(0.99);
    expect(dev24.micro.recall).toBeGreaterThanOrEqual(0.96);
  });

  const heldAt = (split: Split, dangerous: number, precision: number, recall: number) =>
    expectHeldAt(browser, split, dangerous, precision, recall);

  // Tuned on in the fifth session of 3 December with one disputed dangerous fill left each. dev26 (1 / 0.952 / 0.660
  // unseen): 1 / 0.993 / 0.993, the address to reach a staff member during his leave, which its writer left unlabelled
  // (dev24's writer did too, dev29's and dev33's gave it to the holder); dev32 (6 / 0.966 / 0.871 on arrival):
  // 1 / 0.995 / 0.942, a building's name in a line of the address ("อาคาร/หมู่บ้าน"), which dev30's writer labels an
  // address line.
  it.each([
    ['handwritten/dev26', 1, 0.99, 0.99],
    ['handwritten/dev32', 0, 1, 0.95],
  ] as const)(
    '%s (tuned on): every page loads, at most %i disputed dangerous fill, precision and recall as measured',
    heldAt,
  );

  // Measured unseen in the fifth session, tuned on in the sixth (4 December) with dev35, dev37–dev40 and dev43, each
  // measured on arrival first (docs/autofill.md, "The sixth session's round"); held at their level after the seventh.
  // dev34 keeps four disputed fills (a condominium's co-owner register whose writer gives the co-owner to someone else).
  it.each([
    ['handwritten/dev29', 0, 1, 0.92],
    ['handwritten/dev30', 0, 1, 0.93],
    ['handwritten/dev33', 0, 1, 0.97],
    ['handwritten/dev34', 4, 0.97, 0.97],
    ['handwritten/dev35', 0, 1, 0.95],
    ['handwritten/dev37', 0, 1, 0.92],
    ['handwritten/dev38', 0, 0.98, 0.94],
    ['handwritten/dev39', 0, 0.99, 0.94],
    ['handwritten/dev40', 0, 1, 0.97],
    ['handwritten/dev43', 0, 1, 0.96],
  ] as const)(
    '%s (tuned on): every page loads, at most %i disputed dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Tuned on in the seventh session (4 December, docs/autofill.md "The seventh session's round"): the sixth round's
  // six never-tuned splits (dev36, dev41, dev42, dev44–dev46; measured unseen twice first), and ten of the seventh
  // round's new ones, each measured on arrival first (dev47, dev49, dev50, dev52, dev53, dev55, dev56, dev58, dev61,
  // dev64). No dangerous fill is left on any of them.
  it.each([
    ['handwritten/dev36', 0, 0.99, 0.97],
    ['handwritten/dev41', 0, 0.99, 0.93],
    ['handwritten/dev42', 0, 0.98, 0.95],
    ['handwritten/dev44', 0, 0.98, 0.92],
    ['handwritten/dev45', 0, 1, 0.91],
    ['handwritten/dev46', 0, 1, 0.95],
    ['handwritten/dev47', 0, 1, 0.87],
    ['handwritten/dev49', 0, 1, 0.98],
    ['handwritten/dev50', 0, 1, 0.93],
    // (dev52 0.943 → 0.924 in the eleventh session: where a guardian files, its writer calls the pupil the holder, dev130's
    // the guardian; settled for dev130's four fewer dangerous fills)
    ['handwritten/dev52', 0, 1, 0.94],
    ['handwritten/dev53', 0, 1, 0.95],
    ['handwritten/dev55', 0, 0.99, 0.96],
    ['handwritten/dev56', 0, 1, 0.96],
    ['handwritten/dev58', 0, 1, 0.98],
    ['handwritten/dev61', 0, 1, 0.92],
    ['handwritten/dev64', 0, 0.98, 0.92],
  ] as const)(
    '%s (tuned on): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Written in the seventh session by helpers who never read the engine and never tuned on until the tenth session,
  // which read and tuned on them (with the eighth session's never-tuned splits) to find what survived three rounds.
  // Ninth session's end → tenth's (dangerous / precision / recall): dev48 1 / 0.970 / 0.794 → 1 / 0.971 / 0.818, dev51
  // 7 / 0.936 / 0.929 → 5 / 0.951 / 0.929, dev57, dev59, dev66, dev67 1 → 0 dangerous, dev60 3 → 0, dev62 3 → 1, dev65
  // 3 → 0; the rest unchanged (dev68 5, the move-out address its writer calls disputed). Held so that a regression fails.
  it.each([
    ['handwritten/dev48', 1, 0.97, 0.86],
    ['handwritten/dev51', 5, 0.96, 0.96],
    ['handwritten/dev54', 1, 0.98, 0.91],
    ['handwritten/dev57', 0, 1, 0.93],
    ['handwritten/dev59', 0, 1, 0.89],
    ['handwritten/dev60', 0, 1, 0.86],
    ['handwritten/dev62', 1, 0.99, 0.89],
    ['handwritten/dev63', 0, 1, 0.88],
    // (twelfth session: recall 0.836 → 0.955 and one more wrong guess of no danger, precision 0.991 → 0.985)
    ['handwritten/dev65', 0, 0.98, 0.95],
    ['handwritten/dev66', 0, 1, 0.91],
    ['handwritten/dev67', 0, 1, 0.92],
    ['handwritten/dev68', 5, 0.96, 0.76],
  ] as const)(
    '%s (tuned on in the tenth session): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Tuned on in the eighth session (4 December, docs/autofill.md "The eighth session's round"): eight of the round's
  // sixteen new splits, each measured on arrival first (dangerous / precision / recall on arrival → end): dev69
  // 0 / 0.990 / 0.829 → 0 / 0.991 / 0.878, dev71 0 / 1.000 / 0.893 → 0 / 0.992 / 0.967, dev73 0 / 0.991 / 0.845 →
  // 0 / 0.992 / 0.984, dev75 12 / 0.910 / 0.847 → 0 / 1.000 / 0.944, dev77 0 / 0.990 / 0.786 → 0 / 0.991 / 0.889, dev79
  // 0 / 0.943 / 0.887 → 0 / 0.958 / 0.946, dev81 1 / 0.986 / 0.538 → 0 / 1.000 / 0.841, dev83 0 / 0.931 / 0.842 →
  // 0 / 0.938 / 0.859. (Their precision below 0.99 is the holder's phone a writer calls his mobile, and ID boxes.)
  it.each([
    ['handwritten/dev69', 0, 0.99, 0.87],
    ['handwritten/dev71', 0, 0.99, 0.96],
    ['handwritten/dev73', 0, 0.99, 0.98],
    ['handwritten/dev75', 0, 1, 0.94],
    ['handwritten/dev77', 0, 1, 0.89],
    ['handwritten/dev79', 0, 0.95, 0.94],
    ['handwritten/dev81', 0, 1, 0.84],
    ['handwritten/dev83', 0, 0.93, 0.86],
  ] as const)(
    '%s (tuned on): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Written in the eighth session; never tuned on until the tenth session, which tuned on them. Ninth session's end →
  // tenth's: dev72 1 → 0 dangerous, dev74 recall 0.729 → 0.805, dev84 1 / 0.925 / 0.902 → 0 / 0.992 / 0.959, dev85
  // 7 / 0.952 / 0.926 → 1 / 0.993 / 0.926, dev87 0 / 0.987 / 0.946 → 0 / 0.994 / 0.940 (a page title no longer lifts a
  // placeholder-only name over the fill threshold); the rest unchanged. Held so that a regression fails.
  it.each([
    ['handwritten/dev70', 0, 0.98, 0.88],
    ['handwritten/dev72', 0, 1, 0.78],
    ['handwritten/dev74', 0, 0.99, 0.93],
    ['handwritten/dev76', 0, 0.98, 0.92],
    ['handwritten/dev78', 0, 0.95, 0.91],
    ['handwritten/dev80', 2, 0.94, 0.84],
    ['handwritten/dev82', 3, 0.95, 0.83],
    ['handwritten/dev84', 0, 0.99, 0.95],
    ['handwritten/dev85', 1, 0.99, 0.92],
    ['handwritten/dev86', 0, 1, 0.95],
    ['handwritten/dev87', 0, 0.99, 0.93],
    ['handwritten/dev88', 0, 1, 0.97],
  ] as const)(
    '%s (tuned on in the tenth session): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  it('handwritten/dev10: every page loads, at most the 2 disputed dangerous fills, precision and recall as measured', async () => {
    const dev10 = await scoreSplit('handwritten/dev10', browser);
    expect(dev10.pages).toBeGreaterThanOrEqual(24);
    expect(dev10.pagesFailedToLoad).toEqual([]);
    expect(dev10.dangerous.every((d) => d.page.startsWith('d10-20'))).toBe(true);
    expect(dev10.dangerous.length).toBeLessThanOrEqual(2);
    expect(dev10.micro.precision).toBeGreaterThanOrEqual(0.97);
    expect(dev10.micro.recall).toBeGreaterThanOrEqual(0.94);
  });

  it('hand-written dev: no dangerous fill, precision ≥ 0.995 and recall ≥ 0.99, every page loads', async () => {
    const dev = await scoreSplit('handwritten/dev', browser);
    expect(dev.pages).toBeGreaterThanOrEqual(92);
    expect(dev.pagesFailedToLoad).toEqual([]);
    expect(dev.dangerous).toEqual([]);
    expect(dev.micro.precision).toBeGreaterThanOrEqual(0.995);
    expect(dev.micro.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('dev: no dangerous fill, precision 1 and recall ≥ 0.99, every page loads', async () => {
    const dev = await scoreSplit('dev', browser);
    expect(dev.pages + (await scoreSplit('val', browser)).pages).toBeGreaterThanOrEqual(30);
    expect(dev.pagesFailedToLoad).toEqual([]);
    expect(dev.dangerous).toEqual([]);
    expect(dev.micro.precision).toBe(1);
    // (the card issuer "สถานที่ออกบัตร" once read as a place the form is about: 0.987, every issuer missed)
    expect(dev.micro.recall).toBeGreaterThanOrEqual(0.99);
  });
});
