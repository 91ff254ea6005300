// Stands in for webextension-polyfill in the content script and the feature scripts only (wxt.config.ts aliases it
// there): the polyfill is ~3 KB gzip of the content script's 40 KB budget, and what they use of the API —
// runtime.sendMessage/connect, storage.local — already returns promises natively in Chrome ≥ 116 (MV3) and Firefox.
// The background and extension pages keep the polyfill (they answer onMessage with promises, which Chrome's own API
// does not take).
const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
export default scope.browser ?? scope.chrome;
