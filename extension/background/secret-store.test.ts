import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SecretStore } from './secret-store';
import { BackendSession } from './sync/backend-session';
import { checkBackendUrl } from './sync/backend-url';

/** storage.local as a content script sees it: readable and writable from the page's side. */
function contentReachableArea(initial: Record<string, unknown> = {}) {
  const items = { ...initial };
  return {
    items,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    remove: async (key: string) => {
      delete items[key];
    },
  };
}

const user = { id: 'u1', role: 'officer', orgCode: '6101', provinceCode: '61' };

describe('secrets stay out of reach of content scripts (issue 15 §16)', () => {
  it('moves old secrets out of storage.local on first use and never writes them there', async () => {
    const area = contentReachableArea({
      backend: { backendUrl: 'https://sync.dla.go.th', refreshToken: 'rt', user },
      lang: 'th',
    });
    const secrets = new SecretStore(area);
    expect(await secrets.get('backend')).toMatchObject({ refreshToken: 'rt' });
    expect(area.items).toEqual({ lang: 'th' });
    await secrets.set('agentCredentials', { clientId: 'c', secret: 's' });
    expect(area.items).toEqual({ lang: 'th' });
    expect(await new SecretStore().get('agentCredentials')).toEqual({ clientId: 'c', secret: 's' });
  });

  it.each([
    ['http://sync.example', false],
    ['https://user:pw@sync.dla.go.th', false],
    ['https://sync.dla.go.th/path', false],
    ['javascript:alert(1)', false],
    ['http://127.0.0.1:47400', false],
    ['https://sync.dla.go.th', true],
  ])('the sync server address %s is accepted in a release build: %s', (url, ok) => {
    if (ok) expect(checkBackendUrl(url, false)).toBe(url);
    else
      expect(() => checkBackendUrl(url, false)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('plain http only to 127.0.0.1, only in practice builds', () => {
    expect(checkBackendUrl('http://127.0.0.1:47400', true)).toBe('http://127.0.0.1:47400');
    expect(() => checkBackendUrl('http://10.0.0.1:47400', true)).toThrow();
  });

  it('a stored server address that is not valid is not used (no tokens sent there)', async () => {
    const secrets = new SecretStore();
    await secrets.set('backend', { backendUrl: 'http://evil.example', refreshToken: 'rt', user });
    const session = new BackendSession(secrets, false);
    expect(await session.stored()).toBeNull();
    expect(await session.baseUrl()).toBeNull();
  });

  it('login refuses an address that is not https before sending the password anywhere', async () => {
    const session = new BackendSession(new SecretStore(), false);
    await expect(session.login('http://evil.example', 'u', 'p')).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});
