import { AppError, WireError } from '../errors';

/**
 * One JSON call to the sync backend: a network failure becomes UNKNOWN "backend unreachable" (callers retry with
 * backoff), an error answer becomes an AppError with the server's own code. Browsers need fetch called unbound.
 * Never through the HTTP cache: answers carry tokens and personal data (the server also says `no-store`).
 */
export async function backendJson(
  url: string,
  init: RequestInit,
  fetchImpl: typeof fetch = (i, o) => fetch(i, o),
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchImpl(url, { ...init, cache: 'no-store' });
  } catch (error) {
    throw new AppError(
      'UNKNOWN',
      `ติดต่อเซิร์ฟเวอร์ไม่ได้ (backend unreachable: ${(error as Error)?.message ?? ''})`,
      { cause: error },
    );
  }
  if (res.status === 204) return null;
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const wire = WireError.safeParse(json);
    throw wire.success
      ? new AppError(wire.data.code, wire.data.message)
      : new AppError('UNKNOWN', `backend answered ${res.status}`);
  }
  return json;
}

/** A POST with a JSON body and an optional bearer token. */
export function postJson(base: string, path: string, body: unknown, token?: string): Promise<unknown> {
  return backendJson(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}
