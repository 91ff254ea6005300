import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Mutual authentication of the `lhr-agent` CLI and its agent over the admin routes, with the admin token as the
 * shared key. The token itself never crosses the socket, so a process squatting on the agent port learns nothing
 * from a CLI call, and the CLI believes an answer (a pairing code above all) only with the agent's proof over it.
 *
 *   CLI   → GET /admin/challenge                       ← {nonce}           (single use, 30 s)
 *   CLI   → <method> /admin/<path>   authorization: LHR-Admin <nonce>.<cnonce>.<mac>
 *           mac   = HMAC(token, "admin-c2a:" + method + " " + path + ":" + nonce + ":" + cnonce)
 *   agent → answer                   x-lhr-agent-proof: HMAC(token, "admin-a2c:" + cnonce + ":" + nonce + ":" +
 *                                                             status + ":" + sha256hex(body))
 */
export const ADMIN_SCHEME = 'LHR-Admin';
export const AGENT_PROOF_HEADER = 'x-lhr-agent-proof';

const B64 = /^[A-Za-z0-9_-]{43}$/;

export function adminNonce(): string {
  return randomBytes(32).toString('base64url');
}

function hmac(token: string, text: string): string {
  return createHmac('sha256', Buffer.from(token, 'utf8')).update(text).digest('base64url');
}

export function adminRequestMac(token: string, method: string, path: string, nonce: string, cnonce: string) {
  return hmac(token, `admin-c2a:${method.toUpperCase()} ${path}:${nonce}:${cnonce}`);
}

export function adminResponseProof(
  token: string,
  cnonce: string,
  nonce: string,
  status: number,
  body: string,
) {
  const digest = createHash('sha256').update(body).digest('hex');
  return hmac(token, `admin-a2c:${cnonce}:${nonce}:${status}:${digest}`);
}

export function adminAuthorization(
  token: string,
  method: string,
  path: string,
  nonce: string,
  cnonce: string,
) {
  return `${ADMIN_SCHEME} ${nonce}.${cnonce}.${adminRequestMac(token, method, path, nonce, cnonce)}`;
}

/** The three parts of an `authorization: LHR-Admin …` header, or null when it is anything else. */
export function parseAdminAuthorization(
  header: string | undefined,
): { nonce: string; cnonce: string; mac: string } | null {
  const match = /^LHR-Admin ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) return null;
  const [, nonce = '', cnonce = '', mac = ''] = match;
  return B64.test(nonce) && B64.test(cnonce) && B64.test(mac) ? { nonce, cnonce, mac } : null;
}

export function macMatches(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
