import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LAZY_FEATURE_SCRIPTS } from '../../shared/protocol/lazy-features';
import { assistedOriginMatches } from '../../shared/sites/assisted-origins';

const root = join(import.meta.dirname, '../..');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8'));

it('a release Chrome build pins no development key; the e2e build does (the agent allows its id only on request)', () => {
  const env = { ...process.env };
  delete env.WXT_E2E;
  delete env.WXT_PRACTICE;
  execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  const release = manifestOf('.output/chrome-mv3');
  expect(release.key).toBeUndefined();
  expect(release.host_permissions).toEqual(assistedOriginMatches(false));
  // The e2e build (vitest global setup, WXT_E2E=1) keeps the key: the test agent pins its fixed id.
  expect(manifestOf('.output-e2e/chrome-mv3').key).toMatch(/^MIIB/);
  // Lazy feature scripts are built and injectable; the overlay's CSS is inlined, so no stylesheet is exposed to pages.
  expect(release.permissions).toContain('scripting');
  for (const script of LAZY_FEATURE_SCRIPTS)
    expect(existsSync(join(root, `.output/chrome-mv3/${script}.js`))).toBe(true);
  expect(release.web_accessible_resources).toBeUndefined();
});
