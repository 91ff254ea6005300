import { AppError } from '../../../shared/errors';
import { AdminChallenge } from '../../../shared/protocol/agent-admin';
import {
  AGENT_PROOF_HEADER,
  adminAuthorization,
  adminNonce,
  adminResponseProof,
  macMatches,
} from '../admin-auth';

const notTheAgent = () =>
  new AppError(
    'UNAUTHORIZED',
    'โปรแกรมที่พอร์ตนี้ไม่ใช่ lhr-agent ของเครื่องนี้ (the program on the agent port is not this agent)',
  );

/**
 * One admin call to the agent on 127.0.0.1:<port>, authenticated both ways (admin-auth.ts): the token is never
 * sent, and a successful answer counts only with the agent's proof over it. Errors (4xx) carry no proof and say
 * nothing the caller relies on. Network failures are left to the caller.
 */
export async function adminCall(
  port: number,
  token: string,
  method: string,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const base = `http://127.0.0.1:${port}/admin`;
  const challenge = AdminChallenge.safeParse(
    await (await fetch(`${base}/challenge`)).json().catch(() => null),
  );
  if (!challenge.success) throw notTheAgent();
  const { nonce } = challenge.data;
  const cnonce = adminNonce();
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: adminAuthorization(token, method, path, nonce, cnonce) },
  });
  const text = await res.text();
  if (!res.ok) return { status: res.status, body: parseJson(text) };
  const proof = res.headers.get(AGENT_PROOF_HEADER) ?? '';
  if (!macMatches(proof, adminResponseProof(token, cnonce, nonce, res.status, text))) throw notTheAgent();
  return { status: res.status, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
