import { fromBase64Url, toBase64Url } from './auth-mac';

const encoder = new TextEncoder();

/**
 * PBKDF2 rounds for the pairing key. The 6-digit code never crosses the socket; a process squatting on the agent
 * port sees only a MAC keyed by it, and must try up to 10^6 codes × this many rounds to answer before the
 * client's 5 s timeout — out of reach, while one derivation costs each side only tens of milliseconds.
 */
export const PAIRING_KDF_ROUNDS = 100_000;

/** The key both ends derive from the code shown by `lhr-agent pair`, salted with both nonces of this connection. */
export async function pairingKey(code: string, agentNonce: string, clientNonce: string): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(code), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: encoder.encode(`lhr-pair-v2:${agentNonce}:${clientNonce}`),
      iterations: PAIRING_KDF_ROUNDS,
    },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
}

const requestText = (agentNonce: string, clientNonce: string) => `v2:pair-c2a:${agentNonce}${clientNonce}`;
const resultText = (agentNonce: string, clientNonce: string, clientId: string, secret: string) =>
  `v2:pair-a2c:${clientNonce}${agentNonce}:${clientId}:${secret}`;

async function sign(key: CryptoKey, text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text))));
}

async function verify(key: CryptoKey, text: string, mac: string): Promise<boolean> {
  try {
    return await crypto.subtle.verify('HMAC', key, fromBase64Url(mac), encoder.encode(text));
  } catch {
    return false;
  }
}

/** `pair.request` mac: the client knows the code (checked by the agent, which counts the attempt). */
export function pairRequestMac(key: CryptoKey, agentNonce: string, clientNonce: string): Promise<string> {
  return sign(key, requestText(agentNonce, clientNonce));
}

export function verifyPairRequest(
  key: CryptoKey,
  agentNonce: string,
  clientNonce: string,
  mac: string,
): Promise<boolean> {
  return verify(key, requestText(agentNonce, clientNonce), mac);
}

/** `pair.result` mac: binds the issued clientId and secret to the code, so only the agent that issued it can pair. */
export function pairResultMac(
  key: CryptoKey,
  agentNonce: string,
  clientNonce: string,
  clientId: string,
  secret: string,
): Promise<string> {
  return sign(key, resultText(agentNonce, clientNonce, clientId, secret));
}

export function verifyPairResult(
  key: CryptoKey,
  agentNonce: string,
  clientNonce: string,
  result: { clientId: string; secret: string; mac: string },
): Promise<boolean> {
  return verify(key, resultText(agentNonce, clientNonce, result.clientId, result.secret), result.mac);
}
