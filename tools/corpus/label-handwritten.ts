// npm run corpus:label — writes the expected map (*.json) of every hand-written corpus page from its own markup.
//
// Hand-written pages (tests/corpus/handwritten/{dev,val,val2}/*.html) carry their labels on the controls themselves:
// `data-expect="firstName"` (the card holder's), `data-expect="citizenId#2"` (a part of split boxes),
// (parts numbered from 0 in document order, as the engine and the CLI contract number them),
// `data-expect="firstName/other"` (someone else's field of that type); no attribute = nothing of the card holder.
// The detection code never reads data-expect. The page's `<!-- corpus-notes: … -->` comment becomes `notes`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldType } from '../../shared/fields/field-types';
import type { Expected } from './render';
import { CORPUS_DIR } from './score';
import { HANDWRITTEN_SPLITS } from './splits';

/** The expected detections of one hand-written page, in document order; throws on an unknown label. */
export function labelsOf(html: string): { notes: string; fields: Array<Expected & { index: number }> } {
  const notes = /<!--\s*corpus-notes:([\s\S]*?)-->/.exec(html)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  // Controls in source order are the controls in document order once comments, scripts and option/textarea
  // bodies (which cannot hold controls) are out of the way.
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<script[\s\S]*?<\/script>/gi, '');
  const fields: Array<Expected & { index: number }> = [];
  for (const m of source.matchAll(/<(input|select|textarea)\b([^>]*)>/gi)) {
    const attrs = m[2] ?? '';
    const label = /\bdata-expect="([^"]*)"/.exec(attrs)?.[1];
    const index = fields.length;
    if (!label) {
      fields.push({ index, type: null, part: null, scope: null });
      continue;
    }
    const parsed = /^([A-Za-z]+)(?:#(\d+))?(\/other)?$/.exec(label);
    const type = parsed?.[1];
    if (!parsed || !type || !FieldType.safeParse(type).success)
      throw new Error(`control ${index}: unknown label "${label}"`);
    fields.push({
      index,
      type,
      part: parsed[2] === undefined ? null : Number(parsed[2]),
      scope: parsed[3] ? 'other' : 'subject',
    });
  }
  return { notes, fields };
}

if (import.meta.filename === process.argv[1]) {
  // val2 is the sealed split written by a separate helper who never read the engine (docs/autofill.md).
  for (const split of HANDWRITTEN_SPLITS) {
    const dir = join(CORPUS_DIR, 'handwritten', split);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const { notes, fields } = labelsOf(readFileSync(join(dir, file), 'utf8'));
      const out = { style: 'handwritten', notes, fields };
      writeFileSync(join(dir, file.replace(/\.html$/, '.json')), `${JSON.stringify(out, null, 1)}\n`);
      const core = fields.filter((f) => f.scope === 'subject').length;
      console.log(`${split}/${file}: ${fields.length} controls, ${core} of the card holder`);
    }
  }
}
