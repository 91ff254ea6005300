import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage: async () => ({ ok: true }) } },
}));
const { FEATURES } = await import('./index');

// Like Refined GitHub's features meta-test: a feature file that is not in the list would silently never run.
describe('the feature list', () => {
  const files = readdirSync(import.meta.dirname).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'feature-manager.ts',
  );

  it('registers every feature module exactly once, each with its own id', () => {
    const source = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8');
    for (const file of files) expect(source).toContain(`from './${file.replace(/\.ts$/, '')}'`);
    expect(FEATURES).toHaveLength(files.length);
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });
});
