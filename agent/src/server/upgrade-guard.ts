import type { IncomingMessage } from 'node:http';
import type { RateLimiter } from './rate-limiter';

/** Where the socket lives; anything else is not the agent. */
export const AGENT_WS_PATH = '/v1';
export const MAX_CONNECTIONS = 4;

export interface UpgradeRejection {
  status: 403 | 404 | 421 | 429 | 503;
  reason: 'bad-path' | 'bad-host' | 'bad-origin' | 'too-many-attempts' | 'too-many-connections';
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
  if (!opts.attempts.take(origin)) return { status: 429, reason: 'too-many-attempts' };
  if (opts.connections >= MAX_CONNECTIONS) return { status: 503, reason: 'too-many-connections' };
  return null;
}
