/**
 * Where the extension's content scripts run: the DLA systems over HTTPS only (personal data never crosses the
 * network in clear text), plus — in practice builds only (e2e tests, the demo, training) — the practice site on
 * 127.0.0.1. A release build never assists a loopback page: any local program could serve one and read the person
 * cache through the content script. The DLA hosts are not confirmed (the real LHR address was not visible to the
 * team), so they live in this one list.
 */
export const ASSISTED_MATCHES = [
  'https://*.dla.go.th/*',
  // the ก.ถ. registry of ปลัด (seed 000): linked from the Ministry's local-government site and hosted by its vendor
  'https://www.local.moi.go.th/*',
  'https://jigsawinnovation.com/project/mol/*',
] as const;

/** Hosts outside dla.go.th that the list above assists (HTTPS only, exact host names). */
const OTHER_HOSTS: ReadonlySet<string> = new Set(['www.local.moi.go.th', 'jigsawinnovation.com']);

/** The practice site for training and tests (any port on the loopback address, never "localhost"). */
export const PRACTICE_MATCHES = [...ASSISTED_MATCHES, 'http://127.0.0.1/*'] as const;

/** The content-script matches of a build. */
export function assistedMatches(practice: boolean): string[] {
  return [...(practice ? PRACTICE_MATCHES : ASSISTED_MATCHES)];
}

/**
 * The same hosts with the path widened to "/*": Chrome refuses a web_accessible_resources pattern with any other path
 * (and then does not load the extension at all).
 */
export function assistedOriginMatches(practice: boolean): string[] {
  return [...new Set(assistedMatches(practice).map((m) => m.replace(/^([a-z]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}

/** True when a page origin is one the extension assists (in a practice build, also http://127.0.0.1:*). */
export function isAssistedOrigin(origin: string, options: { practice?: boolean } = {}): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.hostname === '127.0.0.1') return options.practice === true && url.protocol === 'http:';
  if (url.protocol !== 'https:') return false;
  // An origin has no path: the vendor host counts as a whole here, while the content script runs only on its
  // /project/mol/ pages (ASSISTED_MATCHES).
  return url.hostname === 'dla.go.th' || url.hostname.endsWith('.dla.go.th') || OTHER_HOSTS.has(url.hostname);
}
