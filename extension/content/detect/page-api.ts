import { bundledProfiles } from '../../profiles/load-profiles';
import { detectFields } from './detect-fields';

/** One line of the detection report, as the CLI contract prints it. */
export interface DetectionRow {
  index: number;
  type: string | null;
  part: number | null;
  scope: 'subject' | 'other' | null;
  confidence: number;
  source: 'profile' | 'heuristic';
  /** whose part of the page: holder, person:1, person:2…, organisation, search, records or unknown */
  slot: string;
}

/**
 * The extension's detection as a plain function of the current document, for the detection CLI, the corpus
 * evaluation and the benchmark (they inject this bundle into a page in Chromium).
 */
export function detectReport(url: string = document.location.href): DetectionRow[] {
  return detectFields(document, new URL(url), bundledProfiles()).map((f) => ({
    index: f.index,
    type: f.type,
    part: f.part,
    scope: f.type === null && f.scope === 'subject' ? null : f.scope,
    confidence: Math.round(f.confidence * 100) / 100,
    source: f.source,
    slot: !f.slot ? 'unknown' : f.slot.kind === 'person' ? `person:${f.slot.index}` : f.slot.kind,
  }));
}
