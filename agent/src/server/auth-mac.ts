import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: agent and client nonces. */
export function newNonce(): string {
  return randomBytes(32).toString('base64url');
}

/** HMAC-SHA256 over a direction label and both nonces (P-06); labels keep the two directions distinct. */
export function authMac(secret: string, direction: 'c2a' | 'a2c', first: string, second: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64url'))
    .update(`v1:${direction}:${first}${second}`)
    .digest('base64url');
}

export function macEquals(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
