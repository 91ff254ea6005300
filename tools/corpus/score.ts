import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILL_THRESHOLD } from '../../extension/content/detect/detect-fields';
import type { DetectionRow } from '../../extension/content/detect/page-api';
import type { DetectionBrowser } from '../detect/detect-in-chromium';
import type { Expected } from './render';

export const CORPUS_DIR = join(import.meta.dirname, '../../tests/corpus');

export interface SplitScore {
  split: string;
  pages: number;
  pagesFailedToLoad: string[];
  exactPages: number;
  perType: Record<string, { tp: number; fp: number; fn: number }>;
  micro: { precision: number; recall: number; tp: number; fp: number; fn: number };
  dangerous: Array<{ page: string; index: number; predicted: string; expected: string }>;
  mismatches: Array<{ page: string; index: number; predicted: string; expected: string }>;
}

/** What would be filled with the card holder's data: a typed, subject-scope, confident detection. */
const fillable = (d: DetectionRow) =>
  d.type && d.scope === 'subject' && d.confidence >= FILL_THRESHOLD
    ? `${d.type}${d.part === null ? '' : `#${d.part}`}`
    : null;
const wanted = (e: Expected) =>
  e.type && e.scope === 'subject' ? `${e.type}${e.part === null ? '' : `#${e.part}`}` : null;
const typeOf = (key: string) => key.split('#')[0] ?? key;

/** Runs the extension's detection over one corpus split in Chromium and scores it against the expected maps. */
/**
 * A corpus split: the generated `dev`/`val`, or the hand-written `handwritten/dev`/`handwritten/val`/`handwritten/val2`
 * (val2: sealed, written independently of the engine; like every non-dev split, only its totals are printed).
 */
export type Split =
  | 'dev'
  | 'val'
  | 'handwritten/dev'
  | 'handwritten/val'
  | 'handwritten/val2'
  | 'handwritten/dev4'
  | 'handwritten/dev5'
  | 'handwritten/dev6'
  | 'handwritten/dev7'
  | 'handwritten/dev8'
  | 'handwritten/dev9'
  | 'handwritten/dev10'
  | 'handwritten/dev11'
  | 'handwritten/dev12'
  | 'handwritten/dev13'
  | 'handwritten/dev14'
  | 'handwritten/dev15'
  | 'handwritten/dev16'
  | 'handwritten/dev18'
  | 'handwritten/dev17'
  | 'handwritten/dev19'
  | 'handwritten/dev20'
  | 'handwritten/dev21'
  | 'handwritten/dev22'
  | 'handwritten/dev23'
  | 'handwritten/dev24'
  | 'handwritten/dev25'
  | 'handwritten/dev26'
  | 'handwritten/dev27'
  | 'handwritten/dev28'
  | 'handwritten/dev29'
  | 'handwritten/dev30'
  | 'handwritten/dev31'
  | 'handwritten/dev32'
  | 'handwritten/dev33'
  | 'handwritten/dev34'
  | 'handwritten/dev35'
  | 'handwritten/dev36'
  | 'handwritten/dev37'
  | 'handwritten/dev38'
  | 'handwritten/dev39'
  | 'handwritten/dev40'
  | 'handwritten/dev41'
  | 'handwritten/dev42'
  | 'handwritten/dev43'
  | 'handwritten/dev44'
  | 'handwritten/dev45'
  | 'handwritten/dev46'
  | 'handwritten/dev47'
  | 'handwritten/dev48'
  | 'handwritten/dev49'
  | 'handwritten/dev50'
  | 'handwritten/dev51'
  | 'handwritten/dev52'
  | 'handwritten/dev53'
  | 'handwritten/dev54'
  | 'handwritten/dev55'
  | 'handwritten/dev56'
  | 'handwritten/dev57'
  | 'handwritten/dev58'
  | 'handwritten/dev59'
  | 'handwritten/dev60'
  | 'handwritten/dev61'
  | 'handwritten/dev62'
  | 'handwritten/dev63'
  | 'handwritten/dev64'
  | 'handwritten/dev65'
  | 'handwritten/dev66'
  | 'handwritten/dev67'
  | 'handwritten/dev68'
  | 'handwritten/dev75'
  | 'handwritten/dev72'
  | 'handwritten/dev71'
  | 'handwritten/dev73'
  | 'handwritten/dev70'
  | 'handwritten/dev76'
  | 'handwritten/dev69'
  | 'handwritten/dev74'
  | 'handwritten/dev83'
  | 'handwritten/dev79'
  | 'handwritten/dev78'
  | 'handwritten/dev84'
  | 'handwritten/dev77'
  | 'handwritten/dev82'
  | 'handwritten/dev80'
  | 'handwritten/dev81'
  | 'handwritten/dev85'
  | 'handwritten/dev86'
  | 'handwritten/dev87'
  | 'handwritten/dev88'
  | 'handwritten/dev91'
  | 'handwritten/dev89'
  | 'handwritten/dev96'
  | 'handwritten/dev90'
  | 'handwritten/dev94'
  | 'handwritten/dev92'
  | 'handwritten/dev95'
  | 'handwritten/dev93'
  | 'handwritten/dev97'
  | 'handwritten/dev98'
  | 'handwritten/dev99'
  | 'handwritten/dev100'
  | 'handwritten/dev101'
  | 'handwritten/dev102'
  | 'handwritten/dev103'
  | 'handwritten/dev104'
  | 'handwritten/dev105'
  | 'handwritten/dev106'
  | 'handwritten/dev107'
  | 'handwritten/dev108'
  | 'handwritten/dev109'
  | 'handwritten/dev110'
  | 'handwritten/dev111'
  | 'handwritten/dev112'
  | 'handwritten/dev114'
  | 'handwritten/dev115'
  | 'handwritten/dev116'
  | 'handwritten/dev118'
  | 'handwritten/dev113'
  | 'handwritten/dev120'
  | 'handwritten/dev117'
  | 'handwritten/dev119';
export const SPLITS: readonly Split[] = [
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
];

export async function scoreSplit(split: Split, browser: DetectionBrowser): Promise<SplitScore> {
  const dir = join(CORPUS_DIR, split);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const score: SplitScore = {
    split,
    pages: pages.length,
    pagesFailedToLoad: [],
    exactPages: 0,
    perType: {},
    micro: { precision: 0, recall: 0, tp: 0, fp: 0, fn: 0 },
    dangerous: [],
    mismatches: [],
  };
  const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
    score.perType[type] ??= { tp: 0, fp: 0, fn: 0 };
    score.perType[type][key]++;
    score.micro[key]++;
  };
  for (const file of pages) {
    const page = file.replace(/\.html$/, '');
    const expected = (JSON.parse(readFileSync(join(dir, `${page}.json`), 'utf8')) as { fields: Expected[] })
      .fields;
    let detected: DetectionRow[];
    try {
      detected = await browser.detect(readFileSync(join(dir, file), 'utf8'));
    } catch {
      score.pagesFailedToLoad.push(page);
      continue;
    }
    if (detected.length !== expected.length) {
      score.pagesFailedToLoad.push(`${page} (${detected.length} controls, expected ${expected.length})`);
      continue;
    }
    let exact = true;
    expected.forEach((e, i) => {
      const d = detected[i] as DetectionRow;
      const p = fillable(d);
      const w = wanted(e);
      if (p === w) {
        if (w) bump(typeOf(w), 'tp');
        return;
      }
      exact = false;
      const entry = {
        page,
        index: i,
        predicted: p ?? `${d.type}/${d.scope}/${d.confidence}`,
        expected: w ?? `${e.type}/${e.scope}`,
      };
      score.mismatches.push(entry);
      if (p) bump(typeOf(p), 'fp');
      if (w) bump(typeOf(w), 'fn');
      if (p && !w) score.dangerous.push(entry);
    });
    if (exact) score.exactPages++;
  }
  const { tp, fp, fn } = score.micro;
  score.micro.precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  score.micro.recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return score;
}

/** A plain-text report of one split; mismatch details only where asked (tune on dev, only report val). */
export function formatScore(s: SplitScore, details: boolean): string {
  const lines = [
    `── ${s.split}: ${s.pages} pages, ${s.exactPages} exact (${((100 * s.exactPages) / Math.max(1, s.pages)).toFixed(0)}%), ${s.pagesFailedToLoad.length} failed to load`,
  ];
  lines.push('type              precision  recall   tp  fp  fn');
  for (const [type, c] of Object.entries(s.perType).sort()) {
    const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    lines.push(
      `${type.padEnd(17)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`,
    );
  }
  lines.push(
    `micro             ${s.micro.precision.toFixed(3).padStart(9)} ${s.micro.recall.toFixed(3).padStart(7)} ${String(s.micro.tp).padStart(4)} ${String(s.micro.fp).padStart(3)} ${String(s.micro.fn).padStart(3)}`,
  );
  lines.push(`dangerous fills (card data into an unknown or other-person field): ${s.dangerous.length}`);
  for (const f of s.pagesFailedToLoad) lines.push(`  failed: ${f}`);
  if (details)
    for (const m of s.mismatches)
      lines.push(`  ${m.page} #${m.index}: predicted ${m.predicted}, expected ${m.expected}`);
  return lines.join('\n');
}
