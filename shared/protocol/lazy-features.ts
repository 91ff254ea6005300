// Types and names only: the content script imports this, and must not carry zod.

/**
 * The feature modules built as their own scripts (extension/entrypoints/feature-*.ts) and injected by the background
 * only into pages a feature applies to, so the content script that runs on every assisted page stays small
 * (≤ 40 KB gzip, `npm run bench:extension`). The background injects nothing else: the name must be one of these.
 */
export const LAZY_FEATURE_SCRIPTS = [
  'feature-overlay',
  'feature-capture',
  'feature-staff-list',
  'feature-province-pages',
  'feature-transfer-order',
  'feature-status-change',
  'feature-section-picker',
  'feature-teach',
  'feature-certified',
  'feature-portrait-photo',
  'feature-fiscal-year-note',
  'feature-readiness-jump',
  'feature-profile-health',
  'feature-readiness-guard',
  'feature-history-rows',
  'feature-frame-forms',
  'feature-frame-relay',
  'feature-drafts',
  'feature-draft-offer',
  'feature-form-checks',
  'feature-register-fill',
  'feature-fill-report',
  'feature-fill-preview',
  'feature-checklist',
  'feature-checklist-panel',
  'feature-guard-panel',
  // not features: the overlay's English messages, loaded when the officer picks English (content/overlay/english.ts),
  // the fill engine, loaded on the first fill preview (content/fill/fill-engine.ts), and the Preact the feature
  // scripts render with, loaded before the first of them (content/features/lazy-feature.ts)
  'feature-english',
  'feature-fill-engine',
  'feature-preact',
] as const;
export type LazyFeatureScript = (typeof LAZY_FEATURE_SCRIPTS)[number];
