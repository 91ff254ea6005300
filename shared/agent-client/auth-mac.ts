const encoder = new TextEncoder();

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes, base64url (client nonce). */
export function randomNonce(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * HMAC-SHA256(secret, "v1:<direction>:" + first + second), base64url — the agent handshake MAC (P-06), computed
 * with WebCrypto so the same code runs in the extension's service worker and in Node.
 */
export async function computeAuthMac(
  secret: string,
  direction: 'c2a' | 'a2c',
  first: string,
  second: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64Url(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`v1:${direction}:${first}${second}`));
  return toBase64Url(new Uint8Array(mac));
}
