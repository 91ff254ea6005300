/**
 * Where the extension's content scripts run: the DLA systems and the practice site on 127.0.0.1. The DLA hosts are
 * not confirmed (the real LHR address was not visible to the team), so they live in this one list.
 */
export const ASSISTED_MATCHES = [
  'https://*.dla.go.th/*',
  'http://*.dla.go.th/*',
  // The practice site for training and tests (any port on the loopback address, never "localhost").
  'http://127.0.0.1/*',
] as const;

/** True when a page origin is one the extension assists. */
export function isAssistedOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return url.hostname === '127.0.0.1'
    ? url.protocol === 'http:'
    : url.hostname === 'dla.go.th' || url.hostname.endsWith('.dla.go.th');
}
