import type { IncomingMessage } from 'node:http';
import type { RateLimiter } from './rate-limiter';

/** Where the socket lives; anything else is not the agent. */
export const AGENT_WS_PATH = '/v1';
export const MAX_CONNECTIONS = 4;

export interface UpgradeRejection {
  status: 403 | 404 | 421 | 429 | 503;
  reason: 'bad-path' | 'bad-host' | 'bad-origin' | 'too-many-attempts' | 'too-many-connections';
  /** for a 429: the headers the backend's limits send too (Retry-After and the draft-8 RateLimit pair) */
  headers?: Record<string, string>;
}

/**
 * The headers of a 429, the same as the backend's express-rate-limit (`standardHeaders: 'draft-8'`) sends: one way
 * to say "wait" for every client of either program.
 */
export function rateLimitHeaders(limiter: RateLimiter, key: string, name: string): Record<string, string> {
  const { limit, windowSec } = limiter.policy;
  const wait = limiter.retryAfterSec(key);
  return {
    'Retry-After': String(wait),
    'RateLimit-Policy': `"${name}"; q=${limit}; w=${windowSec}`,
    RateLimit: `"${name}"; r=0; t=${wait}`,
  };
}

/** The raw HTTP answer to a refused upgrade (the socket is not an Express response). */
export function rejectionResponse(rejection: UpgradeRejection): string {
  const extra = Object.entries(rejection.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`);
  return `HTTP/1.1 ${rejection.status} Rejected\r\n${extra.join('')}Connection: close\r\nContent-Length: 0\r\n\r\n`;
}

/** Host values a loopback agent answers to; anything else is DNS rebinding (P-02). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/** Exact-match extension origins (P-03): a web page, `null` or another extension never gets a socket. */
export function isAllowedOrigin(origin: string | undefined, allowedExtensionIds: readonly string[]): boolean {
  return origin !== undefined && allowedExtensionIds.some((id) => origin === `chrome-extension://${id}`);
}

/** The request path, or null for a target that is not a URL (an absolute-form target can fail to parse). */
function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://agent').pathname;
  } catch {
    return null;
  }
}

/**
 * Decides before `handleUpgrade`, so a rejected caller never gets a 101 or a WebSocket frame. The stateless checks
 * come first: only an upgrade from a pinned extension origin counts against the attempt budget (per origin), so
 * pages refused for their Origin or Host can never use up the budget and lock the extension out.
 */
export function checkUpgrade(
  req: IncomingMessage,
  opts: { port: number; allowedExtensionIds: readonly string[]; connections: number; attempts: RateLimiter },
): UpgradeRejection | null {
  if (pathOf(req.url) !== AGENT_WS_PATH) return { status: 404, reason: 'bad-path' };
  if (!isAllowedHost(req.headers.host, opts.port)) return { status: 421, reason: 'bad-host' };
  const origin = req.headers.origin;
  if (origin === undefined || !isAllowedOrigin(origin, opts.allowedExtensionIds))
    return { status: 403, reason: 'bad-origin' };
  if (!opts.attempts.take(origin))
    return {
      status: 429,
      reason: 'too-many-attempts',
      headers: rateLimitHeaders(opts.attempts, origin, 'upgrades'),
    };
  if (opts.connections >= MAX_CONNECTIONS) return { status: 503, reason: 'too-many-connections' };
  return null;
}
