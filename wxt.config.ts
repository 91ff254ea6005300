import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { assistedMatches, assistedOriginMatches } from './shared/sites/assisted-origins';

const AGENT_PORT = 47_321;
const DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9LvvbY1wSpHfXYI1wflxZhKnW+imMG/9dkANPtbc57EDDUHEwiSM69+hSUTC55asAllofwXsCZYDMpE4NiIPpSOivTzckxldVzxlAt/DC0Gs6LGRIy4iQdd57fC90Ny2z2JXyD2CP4GTnnkIW6V1292IpW0EHfvC2hx9mYBeq/Q/kbv7QSGLTgD8k5oJ0NR4TlyCOSIkKC4lvPkIfcFOhPDWQdNajS0K3ofFVRDRWHHxNImJEt5afi2gmrpZ5s5gzkEsS08h7ghgP2JtXuHcfgv6gNpN9xQVqywXwO27nUsNRbxsAGxveGhhrwy/p9mh8rKKfDS88Yno60K4vc91tQIDAQAB';
// Practice builds (e2e tests: WXT_E2E=1; the demo and training: WXT_PRACTICE=1) also assist and sync with
// http://127.0.0.1; a release build reaches only https DLA hosts (issue 15 §14). Must match background/build-flags.ts.
const PRACTICE = process.env.WXT_E2E === '1' || process.env.WXT_PRACTICE === '1';

// The extension's source lives in extension/ so the repo root can hold agent/, backend/ and shared/ too.
export default defineConfig({
  srcDir: 'extension',
  // e2e builds (open shadow root) go to their own folder so they never replace the one officers load.
  outDir: process.env.WXT_E2E === '1' ? '.output-e2e' : '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode, command }) => ({
    name: 'LHR Assist',
    description: 'ผู้ช่วยกรอกข้อมูลบุคลากรท้องถิ่น (LHR) — Thai ID card autofill and checklists',
    minimum_chrome_version: '116',
    // scripting: the background injects a feature's own script into pages it applies to (content/features/lazy-feature.ts).
    permissions: ['storage', 'alarms', 'scripting'],
    // The sync server on the DLA hosts (the real address is not known yet), and every assisted origin: the background
    // injects lazy feature scripts there (the ก.ถ. registry's photo feature runs on a non-DLA host). The practice/demo
    // site and backend on 127.0.0.1 only in practice builds.
    host_permissions: assistedOriginMatches(PRACTICE),
    // Public key of the development build only: it fixes the extension id (okenknpdciigdnknbacgjolbbhkngbcb) that
    // the agent accepts only with --allow-dev-extension. Only development, e2e and practice builds carry it; a release
    // build gets its id from the store (the agent's config lists those ids).
    ...(PRACTICE || mode === 'development' || command === 'serve' ? { key: DEV_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lhr-assist@dla-helpers.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
          content_security_policy: {
            extension_pages: `script-src 'self'; object-src 'self'; connect-src 'self' ws://127.0.0.1:${AGENT_PORT}`,
          },
        }
      : {}),
  }),
  hooks: {
    // The content script and the feature scripts use the browser's own promise API instead of the polyfill (size).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const shim = {
        find: /^webextension-polyfill$/,
        replacement: resolve('extension/utils/native-browser.ts'),
      };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      // A feature script's overlay panel is rendered by one shared Preact (hooks need the rendering copy): its preact
      // imports read the copy feature-preact shares (content/share-preact.ts), injected before the first feature.
      // (not feature-preact itself, which carries the copy: content/features/lazy-feature.ts)
      const featureScript = entrypoints.every(
        (e) => e.type === 'unlisted-script' && e.name.startsWith('feature-') && e.name !== 'feature-preact',
      );
      const preact = featureScript
        ? [
            { find: /^preact$/, replacement: resolve('extension/utils/shared-preact/preact.ts') },
            { find: /^preact\/hooks$/, replacement: resolve('extension/utils/shared-preact/hooks.ts') },
            {
              find: /^preact\/jsx-(dev-)?runtime$/,
              replacement: resolve('extension/utils/shared-preact/jsx-runtime.ts'),
            },
          ]
        : [];
      config.resolve = { ...config.resolve, alias: [shim, ...preact, ...rest] };
      // Terser packs the scripts that run on every assisted page tighter than the default minifier (bench:extension)
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.matches = assistedMatches(PRACTICE);
      for (const resource of manifest.web_accessible_resources ?? [])
        if (typeof resource === 'object' && 'matches' in resource)
          resource.matches = assistedOriginMatches(PRACTICE);
    },
  },
});
