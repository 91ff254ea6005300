import browser from 'webextension-polyfill';
import { AppError } from '../../../shared/errors';
import { TokenPair } from '../../../shared/protocol/sync';
import { postJson } from '../../../shared/sync/backend-fetch';

interface Stored {
  backendUrl: string;
  refreshToken: string;
  user: TokenPair['user'];
}

/** The officer's login to the sync backend: a rotating refresh token in extension storage, the access token in memory. */
export class BackendSession {
  private access: { token: string; until: number } | null = null;
  private refreshing: Promise<string> | null = null;

  async stored(): Promise<Stored | null> {
    const { backend } = await browser.storage.local.get('backend');
    const b = backend as Partial<Stored> | undefined;
    return b?.backendUrl && b.refreshToken && b.user ? (b as Stored) : null;
  }

  async login(backendUrl: string, username: string, password: string): Promise<TokenPair['user']> {
    const pair = await this.post(backendUrl, '/v1/auth/login', { username, password });
    await this.keep(backendUrl, pair);
    return pair.user;
  }

  async logout(): Promise<void> {
    const s = await this.stored();
    if (s) await this.post(s.backendUrl, '/v1/auth/logout', { refreshToken: s.refreshToken }).catch(() => {});
    this.access = null;
    await browser.storage.local.remove('backend');
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
          await browser.storage.local.remove('backend');
        throw error;
      }
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  };

  private async keep(backendUrl: string, pair: TokenPair): Promise<void> {
    this.access = { token: pair.accessToken, until: Date.now() + (pair.expiresInSec - 30) * 1000 };
    await browser.storage.local.set({
      backend: { backendUrl, refreshToken: pair.refreshToken, user: pair.user } satisfies Stored,
    });
  }

  private async post(base: string, path: string, body: unknown): Promise<TokenPair> {
    const json = await postJson(base, path, body);
    return json === null ? (null as never) : TokenPair.parse(json);
  }
}
