import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { assistedMatches, assistedOriginMatches } from '../../shared/sites/assisted-origins';

const root = join(import.meta.dirname, '../..');

it('the Firefox build builds and its manifest lets the extension reach ws://127.0.0.1:47321', () => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const manifest = JSON.parse(readFileSync(join(root, '.output/firefox-mv3/manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.content_security_policy.extension_pages).toContain('connect-src');
  expect(manifest.content_security_policy.extension_pages).toContain('ws://127.0.0.1:47321');
  expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  // A release build: https DLA pages only — no clear-text DLA, no practice site on 127.0.0.1 (issue 15 §14).
  expect(manifest.content_scripts[0].matches).toEqual(assistedMatches(false));
  expect(manifest.content_scripts[0].matches.every((m: string) => m.startsWith('https://'))).toBe(true);
  expect(manifest.host_permissions).toEqual(assistedOriginMatches(false));
  expect(manifest.background.scripts).toEqual(['background.js']);
});
