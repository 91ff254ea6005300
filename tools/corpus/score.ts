import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILL_THRESHOLD } from '../../extension/content/detect/detect-fields';
import type { DetectionRow } from '../../extension/content/detect/page-api';
import type { DetectionBrowser } from '../detect/detect-in-chromium';
import type { Expected } from './render';
import type { Split } from './splits';

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
