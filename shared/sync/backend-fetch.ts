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
  timeoutMs = BACKEND_TIMEOUT_MS,
): Promise<unknown> {
  let res: Response;
  // A server that takes the connection and never answers would leave a login or a sync waiting for ever: after
  // timeoutMs the call fails with TIMEOUT, which the popup shows and the sync retries with backoff.
  const signal = init.signal ?? AbortSignal.timeout(timeoutMs);
  try {
    res = await fetchImpl(url, { ...init, cache: 'no-store', signal });
    // (the body too: an answer that stops half-way is no answer)
    if (res.status === 204) return null;
    const json: unknown = await res.json().catch((error: unknown) => {
      if (signal.aborted) throw error;
      return null;
    });
    if (!res.ok) {
      const wire = WireError.safeParse(json);
      throw wire.success
        ? new AppError(wire.data.code, wire.data.message)
        : new AppError('UNKNOWN', `backend answered ${res.status}`);
    }
    return json;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted && !init.signal)
      throw new AppError('TIMEOUT', 'เซิร์ฟเวอร์ไม่ตอบภายในเวลา (backend did not answer in time)', {
        cause: error,
      });
    throw new AppError(
      'UNKNOWN',
      `ติดต่อเซิร์ฟเวอร์ไม่ได้ (backend unreachable: ${(error as Error)?.message ?? ''})`,
      { cause: error },
    );
  }
}

/** How long one backend call may take, answer included (pushes are at most 512 KiB, pulls are paged). */
export const BACKEND_TIMEOUT_MS = 20_000;

/** A POST with a JSON body and an optional bearer token. */
export function postJson(base: string, path: string, body: unknown, token?: string): Promise<unknown> {
  return backendJson(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}
