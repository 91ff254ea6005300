// The corpus splits, named once: the scorer and the evaluation walk them, the labeller writes the hand-written ones.

/** Every split, in the order the evaluation reports them. */
export const SPLITS = [
  'dev',
  'val',
  'handwritten/dev',
  'handwritten/val',
  'handwritten/val2',
  // dev4: 30 pages written by a third helper for the next tuning round; the engine at this commit never saw them.
  'handwritten/dev4',
  // dev5: 26 pages by a fourth helper (3 December), measured once before the round that tunes on it.
  'handwritten/dev5',
  // dev6: 24 pages by a fifth helper (3 December), held out of the dev5 round: totals only until that round is done.
  'handwritten/dev6',
  // dev7: 24 pages by a sixth helper (3 December), measured once before any tuning on it, after the dev5/dev6 rounds.
  'handwritten/dev7',
  // dev8, dev9: 24 pages each by two more helpers (3 December), measured once before any tuning on them.
  'handwritten/dev8',
  'handwritten/dev9',
  // dev10, dev11: 24 pages each by two more helpers (3 December), measured once before any tuning on them.
  'handwritten/dev10',
  'handwritten/dev11',
  // dev12: 24 pages by an eleventh helper (3 December), measured once before any tuning on it.
  'handwritten/dev12',
  // dev13: 24 pages by a twelfth helper (3 December, local-government HR screens and e-services), measured once before
  // any tuning on it.
  'handwritten/dev13',
  // dev14: 24 pages by a thirteenth helper (3 December, banks, utilities, schools, private HR, contracts), measured
  // once before any tuning on it.
  'handwritten/dev14',
  // dev15: 24 pages by a fourteenth helper (3 December, civil-service HR: corrections, several people of one role,
  // no-holder pages, history tables), measured once before any tuning on it.
  'handwritten/dev15',
  // dev16: 24 pages by a fifteenth helper (3 December, framework markup, wizards, modals, print-style sentences,
  // English-only forms), measured once before any tuning on it.
  'handwritten/dev16',
  // dev18: 24 pages by a seventeenth helper (3 December, agencies not covered before, several people per table,
  // corrections both ways), measured once before any tuning on it.
  'handwritten/dev18',
  // dev17: 24 LHR-style pages by a sixteenth helper who also read the team's seed letters (3 December), measured once
  // before any tuning on it.
  'handwritten/dev17',
  // dev19: 20 pages by an eighteenth helper imitating a reviewer's held-out set in five equal parts (3 December),
  // measured once before any tuning on it.
  'handwritten/dev19',
  // dev20: 20 pages by a nineteenth helper with captions in unusual places (3 December), measured once before any
  // tuning on it.
  'handwritten/dev20',
  // dev21: 20 pages by a twentieth helper (3 December), measured with the session's final engine and not tuned on.
  'handwritten/dev21',
  // dev22: 20 pages by a twenty-first helper (3 December), measured with the session's final engine and not tuned on.
  // The next round (3 December, third session) then tuned on dev21 and dev22.
  'handwritten/dev22',
  // dev23, dev24: 20 pages each by two more helpers (3 December, third session): a reviewer's mix of agencies, and
  // อปท. HR and LHR screens. dev24 was measured once and then tuned on in the dev21/dev22 round; dev23 never (totals
  // only): the unseen estimate of the engine after that round.
  'handwritten/dev23',
  'handwritten/dev24',
  // dev25: 20 pages by one more helper (3 December, third session) imitating an outside reviewer's held-out set,
  // written after the round and measured once with its final engine: not tuned on.
  'handwritten/dev25',
  // dev26, dev27: 20 pages each by two more helpers (3 December, fourth session): อปท. and civil-service HR e-forms, and
  // other agencies' citizen e-services. Written while dev23 and dev25 were being tuned on, measured with that round's
  // final engine only: never tuned on (totals only).
  'handwritten/dev26',
  'handwritten/dev27',
  // dev28: 20 pages by one more helper (3 December, fourth session), อปท. HR and LHR screens for one staff member at a
  // time, written for tuning after dev26 showed that kind of page unseen at recall 0.660; measured once before.
  'handwritten/dev28',
  // dev29, dev30: 20 pages each by two more helpers (3 December, fifth session): อปท. HR and LHR screens from the seed
  // letters, and a reviewer's mix of agencies. Written while dev26 and dev27 were being tuned on; measured unseen in
  // the fifth session, tuned on in the sixth.
  'handwritten/dev29',
  'handwritten/dev30',
  // dev31, dev32: 20 pages each by two more helpers (3 December, fifth session): one staff member's อปท. HR forms, and
  // citizen e-services of many agencies; measured once with the engine of their arrival, then tuned on.
  'handwritten/dev31',
  'handwritten/dev32',
  // dev33, dev34: 20 pages each by two more helpers at the same time, imitating an outside reviewer's two held-out
  // sets (HR pages chosen to be hard; forms of other kinds with several parties): measured unseen in the fifth
  // session, tuned on in the sixth.
  'handwritten/dev33',
  'handwritten/dev34',
  // dev35–dev46: 20 pages each by twelve more helpers (4 December, sixth session), in pairs (อปท./LHR HR and other
  // kinds), imitating the outside held-out sets, each measured on arrival with the engine of the moment. dev35, dev37,
  // dev38, dev39, dev40 and dev43 were then tuned on; dev36, dev41, dev42, dev44, dev45 and dev46 never were (only
  // their totals are read: docs/autofill.md, "The sixth session's round").
  'handwritten/dev35',
  'handwritten/dev36',
  'handwritten/dev37',
  'handwritten/dev38',
  'handwritten/dev39',
  'handwritten/dev40',
  'handwritten/dev41',
  'handwritten/dev42',
  'handwritten/dev43',
  'handwritten/dev44',
  'handwritten/dev45',
  'handwritten/dev46',
  // dev47–dev68: 20 pages each by twenty-two more helpers (4 December, seventh session), in three batches, each
  // measured on arrival with the session-start engine and the engine of the moment. dev36, dev41, dev42, dev44–dev46
  // and dev47, dev49, dev50, dev52, dev53, dev55, dev56, dev58, dev61, dev64 were tuned on; dev48, dev51, dev54, dev57,
  // dev59, dev60, dev62, dev63 never were (totals only), and dev65–dev68 were measured once at the end
  // (docs/autofill.md, "The seventh session's round").
  'handwritten/dev47',
  'handwritten/dev48',
  'handwritten/dev49',
  'handwritten/dev50',
  'handwritten/dev51',
  'handwritten/dev52',
  'handwritten/dev53',
  'handwritten/dev54',
  'handwritten/dev55',
  'handwritten/dev56',
  'handwritten/dev57',
  'handwritten/dev58',
  'handwritten/dev59',
  'handwritten/dev60',
  'handwritten/dev61',
  'handwritten/dev62',
  'handwritten/dev63',
  'handwritten/dev64',
  'handwritten/dev65',
  'handwritten/dev66',
  'handwritten/dev67',
  'handwritten/dev68',
  'handwritten/dev75',
  'handwritten/dev72',
  'handwritten/dev71',
  'handwritten/dev73',
  'handwritten/dev70',
  'handwritten/dev76',
  'handwritten/dev69',
  'handwritten/dev74',
  'handwritten/dev83',
  'handwritten/dev79',
  'handwritten/dev78',
  'handwritten/dev84',
  'handwritten/dev77',
  'handwritten/dev82',
  'handwritten/dev80',
  'handwritten/dev81',
  'handwritten/dev85',
  'handwritten/dev86',
  'handwritten/dev87',
  'handwritten/dev88',
  'handwritten/dev91',
  'handwritten/dev89',
  'handwritten/dev96',
  'handwritten/dev90',
  'handwritten/dev94',
  'handwritten/dev92',
  'handwritten/dev95',
  'handwritten/dev93',
  'handwritten/dev97',
  'handwritten/dev98',
  'handwritten/dev99',
  'handwritten/dev100',
  'handwritten/dev101',
  'handwritten/dev102',
  'handwritten/dev103',
  'handwritten/dev104',
  'handwritten/dev105',
  'handwritten/dev106',
  'handwritten/dev107',
  'handwritten/dev108',
  'handwritten/dev109',
  'handwritten/dev110',
  'handwritten/dev111',
  'handwritten/dev112',
  'handwritten/dev114',
  'handwritten/dev115',
  'handwritten/dev116',
  'handwritten/dev118',
  'handwritten/dev113',
  'handwritten/dev120',
  'handwritten/dev117',
  'handwritten/dev119',
  'handwritten/dev121',
  'handwritten/dev125',
  'handwritten/dev127',
  'handwritten/dev122',
  'handwritten/dev123',
  'handwritten/dev124',
  'handwritten/dev126',
  'handwritten/dev128',
  'handwritten/dev130',
  'handwritten/dev131',
  'handwritten/dev134',
  'handwritten/dev135',
  'handwritten/dev129',
  'handwritten/dev133',
  'handwritten/dev136',
  'handwritten/dev132',
  'handwritten/dev137',
  'handwritten/dev138',
  'handwritten/dev139',
  'handwritten/dev141',
  'handwritten/dev140',
  'handwritten/dev143',
  'handwritten/dev144',
  'handwritten/dev146',
  'handwritten/dev142',
  'handwritten/dev147',
  'handwritten/dev145',
  'handwritten/dev148',
  'handwritten/dev149',
  'handwritten/dev150',
  'handwritten/dev151',
  'handwritten/dev152',
  'handwritten/dev153',
  'handwritten/dev154',
  'handwritten/dev155',
  'handwritten/dev156',
  'handwritten/dev157',
  'handwritten/dev158',
  'handwritten/dev159',
  'handwritten/dev160',
  'handwritten/dev161',
  'handwritten/dev162',
  'handwritten/dev163',
  'handwritten/dev164',
  'handwritten/dev165',
  'handwritten/dev166',
  'handwritten/dev167',
  'handwritten/dev168',
  'handwritten/dev169',
  'handwritten/dev170',
  'handwritten/dev171',
] as const;

/**
 * A corpus split: the generated `dev`/`val`, or the hand-written `handwritten/dev`/`handwritten/val`/`handwritten/val2`
 * (val2: sealed, written independently of the engine; like every non-dev split, only its totals are printed).
 */
export type Split = (typeof SPLITS)[number];

/** The hand-written splits' folders under tests/corpus/handwritten. */
export const HANDWRITTEN_SPLITS = SPLITS.filter((s) => s.startsWith('handwritten/')).map((s) =>
  s.slice('handwritten/'.length),
);
