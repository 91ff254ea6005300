// npm run corpus:generate — writes tests/corpus/{dev,val}/<page>.html and the expected map <page>.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPages } from './pages';
import { renderPage } from './render';

const out = join(import.meta.dirname, '../../tests/corpus');
for (const split of ['dev', 'val']) {
  rmSync(join(out, split), { recursive: true, force: true });
  mkdirSync(join(out, split), { recursive: true });
}
for (const page of corpusPages()) {
  const { html, expected } = renderPage(page.title, page.sections, page.style, page.naming);
  writeFileSync(join(out, page.split, `${page.name}.html`), html);
  writeFileSync(
    join(out, page.split, `${page.name}.json`),
    `${JSON.stringify({ style: page.style, naming: page.naming, fields: expected.map((e, index) => ({ index, ...e })) }, null, 1)}\n`,
  );
}
console.log(`corpus: ${corpusPages().length} pages written to ${out}`);
