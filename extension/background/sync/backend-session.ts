import { AppError } from '../../../shared/errors';
import { TokenPair } from '../../../shared/protocol/sync';
import { postJson } from '../../../shared/sync/backend-fetch';
import type { SecretStore } from '../secret-store';
import { checkBackendUrl } from './backend-url';

interface Stored {
  backendUrl: string;
  refreshToken: string;
  user: TokenPair['user'];
}

/**
 * The officer's login to the sync backend: a rotating refresh token in the extension's secret store (never in
 * storage.local, which content scripts reach), the access token in memory.
 */
export class BackendSession {
  private access: { token: string; until: number } | null = null;
  private refreshing: Promise<string> | null = null;

  constructor(
    private readonly secrets: SecretStore,
    private readonly practice: boolean,
  ) {}

  async stored(): Promise<Stored | null> {
    const b = await this.secrets.get<Partial<Stored>>('backend');
    if (!b?.backendUrl || !b.refreshToken || !b.user) return null;
    try {
      checkBackendUrl(b.backendUrl, this.practice);
    } catch {
      return null;
    }
    return b as Stored;
  }

  async login(backendUrl: string, username: string, password: string): Promise<TokenPair['user']> {
    const base = checkBackendUrl(backendUrl, this.practice);
    const pair = await this.post(base, '/v1/auth/login', { username, password });
    await this.keep(base, pair);
    return pair.user;
  }

  async logout(): Promise<void> {
    const s = await this.stored();
    if (s) await this.post(s.backendUrl, '/v1/auth/logout', { refreshToken: s.refreshToken }).catch(() => {});
    this.access = null;
    await this.secrets.remove('backend');
  }

  async baseUrl(): Promise<string | null> {
    return (await this.stored())?.backendUrl ?? null;
  }

  /** A valid access token, refreshed (and the refresh token rotated) when it is about to expire. */
  accessToken = async (): Promise<string> => {
    if (this.access && Date.now() < this.access.until) return this.access.token;
    this.refreshing ??= (async () => {
      const s = await this.stored();
      if (!s) throw new AppError('UNAUTHORIZED', 'ยังไม่ได้เข้าสู่ระบบเซิร์ฟเวอร์ (not logged in to the sync server)');
      try {
        const pair = await this.post(s.backendUrl, '/v1/auth/refresh', { refreshToken: s.refreshToken });
        await this.keep(s.backendUrl, pair);
        return pair.accessToken;
      } catch (error) {
        if (error instanceof AppError && error.code.startsWith('TOKEN_'))
          await this.secrets.remove('backend');
        throw error;
      }
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  };

  private async keep(backendUrl: string, pair: TokenPair): Promise<void> {
    this.access = { token: pair.accessToken, until: Date.now() + (pair.expiresInSec - 30) * 1000 };
    await this.secrets.set('backend', {
      backendUrl,
      refreshToken: pair.refreshToken,
      user: pair.user,
    } satisfies Stored);
  }

  private async post(base: string, path: string, body: unknown): Promise<TokenPair> {
    const json = await postJson(base, path, body);
    return json === null ? (null as never) : TokenPair.parse(json);
  }
}
