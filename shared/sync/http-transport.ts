import { type PullQuery, PullResponse, type PushRequest, PushResponse } from '../protocol/sync';
import { backendJson } from './backend-fetch';
import type { SyncTransport } from './sync-engine';

/**
 * The sync transport over HTTPS: bearer token from `accessToken()`, every answer parsed with its schema, errors turned
 * back into AppError with the server's code. A network failure surfaces as UNKNOWN so the caller retries with backoff.
 */
export class HttpSyncTransport implements SyncTransport {
  constructor(
    private readonly baseUrl: string,
    private readonly accessToken: () => Promise<string>,
    // Wrapped: browsers throw "Illegal invocation" when fetch is called as a method of another object.
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async push(request: PushRequest): Promise<PushResponse> {
    return PushResponse.parse(await this.call('POST', '/v1/sync/push', request));
  }

  async pull(query: PullQuery): Promise<PullResponse> {
    const params = new URLSearchParams({
      collection: query.collection,
      cursor: String(query.cursor),
      limit: String(query.limit),
    });
    if (query.org) params.set('org', query.org);
    if (query.province) params.set('province', query.province);
    return PullResponse.parse(await this.call('GET', `/v1/sync/pull?${params}`));
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    // Token problems (expired session, refresh refused) keep their own code; only the network is "unreachable".
    const token = await this.accessToken();
    return backendJson(
      `${this.baseUrl}${path}`,
      {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      },
      this.fetchImpl,
    );
  }
}
