import { PASSWORDS } from './seed';

/** Logs a seeded user in over HTTP: the access token and the headers for their sync calls. */
export async function loginOverHttp(
  base: string,
  username: string,
): Promise<{ accessToken: string; headers: Record<string, string> }> {
  const res = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORDS[username] }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  const { accessToken } = (await res.json()) as { accessToken: string };
  return {
    accessToken,
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
  };
}
