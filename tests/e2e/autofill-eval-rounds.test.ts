import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Split } from '../../tools/corpus/splits';
import { DetectionBrowser } from '../../tools/detect/detect-in-chromium';
import { expectHeldAt } from './autofill-held';

// The 5 December rounds' hand-written splits (the ninth to thirteenth sessions; docs/autofill.md), each held at
// its measured level so that a regression fails. The earlier splits are in autofill-eval.test.ts.

let browser: DetectionBrowser;
beforeAll(async () => {
  browser = await DetectionBrowser.start();
});
afterAll(async () => {
  await browser?.close();
});

describe('labelled corpus, the 5 December rounds, detection run in Chromium', () => {
  const heldAt = (split: Split, dangerous: number, precision: number, recall: number) =>
    expectHeldAt(browser, split, dangerous, precision, recall);

  // Tuned on in the ninth session (5 December, docs/autofill.md "The ninth session's round"): twelve of the round's
  // twenty-four new splits, each measured on arrival first with the session-start engine. Arrival → end (dangerous /
  // precision / recall): together 14 / 0.980 / 0.850 → 0 / 0.993 / 0.909 over 1,629 holder fields.
  it.each([
    ['handwritten/dev89', 0, 1, 0.99],
    ['handwritten/dev91', 0, 1, 0.96],
    ['handwritten/dev93', 0, 0.97, 0.97],
    ['handwritten/dev95', 0, 0.99, 0.88],
    ['handwritten/dev97', 0, 1, 0.93],
    ['handwritten/dev99', 0, 0.99, 0.9],
    ['handwritten/dev101', 0, 0.99, 0.89],
    ['handwritten/dev103', 0, 0.98, 0.95],
    ['handwritten/dev105', 0, 1, 0.92],
    ['handwritten/dev107', 0, 1, 0.91],
    ['handwritten/dev109', 0, 0.97, 0.86],
    ['handwritten/dev111', 0, 0.99, 0.87],
  ] as const)(
    '%s (tuned on): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Never tuned on, from the ninth session: dev90, dev92 … dev112 (every other split of the round, decided when they
  // were commissioned; only totals read, on arrival and at the end) and dev113–dev120 (written during the round,
  // measured once at the start and once at the end). Session-start engine → final one: the twelve 23 / 0.980 / 0.904
  // → 21 / 0.981 / 0.909, the eight 7 / 0.990 / 0.876 → 7 / 0.990 / 0.885. At the end of the twelfth session (rules
  // written from dev140–dev147 only): the twelve 8 / 0.989 / 0.916 (dev90 11 → 1 dangerous: a disabled box before an
  // editable one is a correction's stored value; dev96 one more field right and one more wrong guess of no danger,
  // precision 1 → 0.992), the eight unchanged. At the end of the thirteenth session (rules written from dev148–dev155
  // only): the twelve 8 / 0.990 / 0.921, the eight 6 / 0.993 / 0.898. Held so that a regression fails.
  it.each([
    ['handwritten/dev90', 1, 0.99, 0.99],
    ['handwritten/dev92', 1, 0.99, 0.82],
    ['handwritten/dev94', 0, 0.99, 0.86],
    ['handwritten/dev96', 0, 0.99, 0.98],
    ['handwritten/dev98', 0, 1, 0.89],
    ['handwritten/dev100', 0, 0.99, 0.88],
    ['handwritten/dev102', 5, 0.94, 0.92],
    ['handwritten/dev104', 1, 0.98, 0.95],
    ['handwritten/dev106', 0, 1, 0.96],
    ['handwritten/dev108', 0, 1, 0.94],
    ['handwritten/dev110', 0, 0.99, 0.91],
    ['handwritten/dev112', 0, 0.99, 0.95],
    ['handwritten/dev113', 0, 1, 0.87],
    ['handwritten/dev114', 0, 1, 0.91],
    ['handwritten/dev115', 0, 1, 0.99],
    ['handwritten/dev116', 0, 1, 0.81],
    ['handwritten/dev117', 2, 0.98, 0.86],
    ['handwritten/dev118', 3, 0.96, 0.92],
    ['handwritten/dev119', 0, 1, 0.93],
    ['handwritten/dev120', 0, 1, 0.85],
  ] as const)(
    '%s (never tuned on): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Written in the tenth session (5 December) by helpers who never read the engine and measured there once on arrival
  // and once at the end (43 / 0.963 / 0.763 → 43 / 0.963 / 0.762 over 2,212 holder fields); tuned on in the eleventh
  // session: 43 / 0.963 / 0.762 → 19 / 0.983 / 0.841. dev130 (a parent files for a child) 12 / 0.829 / 0.467 →
  // 4 / 0.938 / 0.556 (the site's own card-read button says whose section the card fills); dev135 (an employer files
  // about a worker) 16 / 0.660 / 0.215 → 12 / 0.852 / 0.479 (a foreigner holds no Thai card). Held so that a regression
  // fails.
  it.each([
    ['handwritten/dev121', 0, 0.99, 0.92],
    ['handwritten/dev122', 0, 1, 0.94],
    ['handwritten/dev123', 0, 0.99, 0.92],
    ['handwritten/dev124', 0, 1, 0.87],
    ['handwritten/dev125', 0, 1, 0.97],
    ['handwritten/dev126', 1, 0.99, 0.8],
    ['handwritten/dev127', 0, 0.98, 0.92],
    ['handwritten/dev128', 0, 1, 0.93],
    ['handwritten/dev129', 0, 0.99, 0.92],
    ['handwritten/dev130', 4, 0.95, 0.75],
    ['handwritten/dev131', 0, 0.99, 0.87],
    ['handwritten/dev132', 0, 0.99, 0.95],
    ['handwritten/dev133', 1, 0.99, 0.79],
    ['handwritten/dev134', 0, 0.98, 0.92],
    ['handwritten/dev135', 12, 0.85, 0.47],
    ['handwritten/dev136', 1, 0.97, 0.91],
  ] as const)(
    '%s (tuned on in the eleventh session): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // From the eleventh session (5 December): dev140–dev147, eight splits by helpers who never read the engine (elderly
  // and disability allowances, income tax, cremation associations, volunteers and disaster relief, pensions and staff
  // benefits, commerce and hawker permits, staff housing, municipal services), each asked to say whose card is in the
  // reader when one person files for another. Measured there once on arrival with the session-start engine (44234e1)
  // and once at the end, totals only: 23 / 0.954 / 0.816 → 23 / 0.954 / 0.830 over 1,111 holder fields; tuned on in the
  // twelfth session: → 4 / 0.975 / 0.897. Held so that a regression fails.
  it.each([
    ['handwritten/dev140', 0, 0.97, 0.91],
    ['handwritten/dev141', 0, 0.97, 0.93],
    ['handwritten/dev142', 0, 0.96, 0.91],
    ['handwritten/dev143', 1, 0.93, 0.82],
    ['handwritten/dev144', 0, 0.99, 0.94],
    ['handwritten/dev145', 0, 0.97, 0.9],
    ['handwritten/dev146', 0, 1, 0.96],
    // (dev147-19, where a relative files as proxy and the writer calls the proxy the holder: the fee payer's own section
    // (ผู้ชำระ) is the one filing on every other page, so its name box there is now filled, 3 → 4)
    ['handwritten/dev147', 4, 0.97, 0.84],
  ] as const)(
    '%s (tuned on in the twelfth session): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // From the twelfth session (5 December): dev148–dev155, eight splits by helpers who never read the engine
  // (agriculture, public health, complaints and justice, transport, recruitment, utilities, culture and sports, land and
  // buildings), each asked to say whose card is in the reader when one person files for another. Measured there once on
  // arrival with the session-start engine (0c18c1c) and once at the end, totals only: 19 / 0.961 / 0.836 → 18 / 0.962 /
  // 0.836 over 1,176 holder fields; tuned on in the thirteenth session: → 2 / 0.981 / 0.912. Held so that a regression
  // fails.
  it.each([
    ['handwritten/dev148', 0, 0.96, 0.87],
    ['handwritten/dev149', 1, 0.99, 0.84],
    ['handwritten/dev150', 0, 1, 0.85],
    ['handwritten/dev151', 1, 0.96, 0.96],
    ['handwritten/dev152', 0, 0.98, 0.93],
    ['handwritten/dev153', 0, 0.96, 0.92],
    ['handwritten/dev154', 0, 0.96, 0.94],
    ['handwritten/dev155', 0, 1, 0.93],
  ] as const)(
    '%s (tuned on in the thirteenth session): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // From the thirteenth session (5 December): dev156–dev163, eight splits by helpers who never read the engine (child
  // development centres, environment and health licences, civil registration, staff appraisal, procurement, village
  // funds, scholarships, social security), each asked to say whose card is in the reader when one person files for
  // another. Measured there once on arrival with the session-start engine (8a4d0d9) and once at the end, totals only:
  // 23 / 0.966 / 0.769 → 23 / 0.967 / 0.778 over 1,170 holder fields; tuned on in the fourteenth session: → 8 / 0.985 /
  // 0.917. Held so that a regression fails.
  it.each([
    ['handwritten/dev156', 0, 0.99, 0.92],
    ['handwritten/dev157', 0, 1, 0.98],
    ['handwritten/dev158', 2, 0.98, 0.84],
    ['handwritten/dev159', 4, 0.96, 0.9],
    ['handwritten/dev160', 0, 1, 0.93],
    ['handwritten/dev161', 0, 0.96, 0.84],
    ['handwritten/dev162', 0, 0.99, 0.91],
    ['handwritten/dev163', 2, 0.97, 0.98],
  ] as const)(
    '%s (tuned on in the fourteenth session): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Never tuned on, from the fourteenth session (5 December): dev164–dev171, eight splits by helpers who never read the
  // engine (e-service accounts, changes of name and marital status, official travel and overtime, powers of attorney
  // and police reports, household surveys, municipal bookings and event permits, private-sector forms, discipline and
  // appeals), each asked to say whose card is in the reader when one person files for another. Measured once on arrival
  // with the session-start engine (2eb86f5) and once at the end, totals only: 45 / 0.943 / 0.813 → 45 / 0.943 / 0.817
  // over 1,160 holder fields. Held so that a regression fails.
  it.each([
    ['handwritten/dev164', 11, 0.91, 0.91],
    ['handwritten/dev165', 4, 0.96, 0.79],
    ['handwritten/dev166', 1, 0.98, 0.56],
    ['handwritten/dev167', 13, 0.91, 0.89],
    ['handwritten/dev168', 5, 0.91, 0.69],
    ['handwritten/dev169', 0, 0.99, 0.8],
    ['handwritten/dev170', 9, 0.92, 0.96],
    ['handwritten/dev171', 2, 0.96, 0.85],
  ] as const)(
    '%s (never tuned on): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );

  // Tuned on in the tenth session: dev137–dev139, written on those two themes after they showed up (the one filing for
  // a child, a dependant or a worker holds the card). Arrival → end: dev137 13 / 0.873 / 0.560 → 5 / 0.948 / 0.572,
  // dev138 21 / 0.802 / 0.605 unchanged (its writer calls the one filing on another's behalf the holder; most older
  // splits call him someone else), dev139 17 / 0.746 / 0.379 → 1 / 0.980 / 0.379; eleventh session: dev139 recall
  // 0.455 (the foreigner rule).
  it.each([
    ['handwritten/dev137', 5, 0.95, 0.71],
    ['handwritten/dev138', 21, 0.8, 0.6],
    ['handwritten/dev139', 1, 0.98, 0.45],
  ] as const)(
    '%s (tuned on): every page loads, at most %i dangerous fills, precision and recall as measured',
    heldAt,
  );
});
