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

/** Decides before `handleUpgrade`, so a rejected caller never gets a 101 or a WebSocket frame. */
export function checkUpgrade(
  req: IncomingMessage,
  opts: { port: number; allowedExtensionIds: readonly string[]; connections: number; attempts: RateLimiter },
): UpgradeRejection | null {
  if (!opts.attempts.take('upgrade')) return { status: 429, reason: 'too-many-attempts' };
  if (new URL(req.url ?? '/', 'http://agent').pathname !== AGENT_WS_PATH)
    return { status: 404, reason: 'bad-path' };
  if (!isAllowedHost(req.headers.host, opts.port)) return { status: 421, reason: 'bad-host' };
  if (!isAllowedOrigin(req.headers.origin, opts.allowedExtensionIds))
    return { status: 403, reason: 'bad-origin' };
  if (opts.connections >= MAX_CONNECTIONS) return { status: 503, reason: 'too-many-connections' };
  return null;
}
