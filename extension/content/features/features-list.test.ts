import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage: async () => ({ ok: true }) } },
}));
const { FEATURES } = await import('./index');

import type { AssistSession } from '../assist-session';
import type { Feature } from './feature-manager';

// Like Refined GitHub's features meta-test: a feature file that is not in the list would silently never run.
describe('the feature list', () => {
  const files = readdirSync(import.meta.dirname).filter(
    (f) =>
      f.endsWith('.ts') &&
      !f.endsWith('.test.ts') &&
      !['index.ts', 'feature-manager.ts', 'lazy-feature.ts', 'provide-feature.ts'].includes(f),
  );
  const entrypoints = join(import.meta.dirname, '../../entrypoints');
  const lazy = (file: string) => existsSync(join(entrypoints, `feature-${file.replace(/\.ts$/, '')}.ts`));

  it('registers every feature module exactly once, each with its own id', () => {
    const source = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8');
    for (const file of files) {
      const name = file.replace(/\.ts$/, '');
      // a lazy feature is named by its script (and its entrypoint provides the module's Feature); an eager one imported
      if (lazy(file)) expect(source).toContain(`'feature-${name}'`);
      else expect(source).toContain(`from './${name}'`);
    }
    expect(FEATURES).toHaveLength(files.length);
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });

  it('gives each lazy feature the id and include of the Feature its script provides', async () => {
    const pages = [
      {},
      { staffList: {} },
      { saveActions: [{}] },
      { saveActions: [] },
      { history: {} },
      { staffList: {}, saveActions: [{}] },
      { id: 'province-certify-list' },
      { id: 'province-certify-org' },
      { id: 'other' },
    ];
    for (const file of files.filter(lazy)) {
      const name = file.replace(/\.ts$/, '');
      const entry = readFileSync(join(entrypoints, `feature-${name}.ts`), 'utf8');
      expect(entry).toContain(`from '../content/features/${name}'`);
      const module = (await import(/* @vite-ignore */ join(import.meta.dirname, file))) as Record<
        string,
        unknown
      >;
      const real = Object.values(module).find(
        (v): v is Feature => typeof v === 'object' && v !== null && 'init' in v && 'include' in v,
      );
      const stub = FEATURES.find((f) => f.id === real?.id);
      expect(stub, name).toBeDefined();
      for (const page of pages) {
        for (const html of [
          '',
          'ประวัติการรับรองข้อมูล',
          '<div>รูปถ่าย <input type="file" accept="image/jpeg"></div>',
        ]) {
          const doc = document.implementation.createHTMLDocument('');
          doc.body.innerHTML = html;
          Object.defineProperty(doc, 'location', { value: new URL('https://lhr.example/x.aspx') });
          const session = {
            page,
            doc,
            fields: [],
            profiles: [],
            hasSubjectFields: true,
            guardedButtons: [],
          } as unknown as AssistSession;
          expect(stub?.include(session), `${name} ${JSON.stringify(page)} ${html}`).toBe(
            real?.include(session),
          );
        }
      }
    }
  });
});
