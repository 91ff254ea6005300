import { expect, it } from 'vitest';
import { backendJson } from './backend-fetch';

it('asks fetch to bypass the HTTP cache for every backend call', async () => {
  const seen: RequestInit[] = [];
  const fake: typeof fetch = async (_input, init) => {
    seen.push(init ?? {});
    return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  await backendJson('http://127.0.0.1:1/v1/sync/pull', { method: 'GET' }, fake);
  await backendJson('http://127.0.0.1:1/v1/auth/login', { method: 'POST', cache: 'default' }, fake);
  expect(seen.map((init) => init.cache)).toEqual(['no-store', 'no-store']);
});

it('a backend that takes the call and never answers fails with TIMEOUT instead of waiting for ever', async () => {
  const silent: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
    );
  await expect(
    backendJson('http://127.0.0.1:1/v1/auth/login', { method: 'POST' }, silent, 50),
  ).rejects.toMatchObject({
    code: 'TIMEOUT',
  });
});
