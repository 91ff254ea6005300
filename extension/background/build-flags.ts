/**
 * What kind of build this is. Practice builds (`WXT_E2E=1` for the e2e tests, `WXT_PRACTICE=1` for the demo and
 * training) also assist the practice site on http://127.0.0.1 and may use a sync server there; release builds never.
 * Vite replaces `import.meta.env` at build time; under plain Node (benchmarks) it is undefined.
 */
const env = ((import.meta as { env?: Record<string, unknown> }).env ?? {}) as Record<string, unknown>;

export const PRACTICE_BUILD = env.WXT_E2E === '1' || env.WXT_PRACTICE === '1';
