import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { FREE_ATTEMPTS } from './login-throttle';

const login = (t: TestApp, username: string, password: string, from: string) =>
  request(t.app).post('/v1/auth/login').set('x-forwarded-for', from).send({ username, password });

describe.each(DATABASE_KINDS)('login throttling (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { perMinute: 100_000, loginPerMinute: 100_000 }, { trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await t.drop();
  });

  it('stops trying passwords for one account after a few failures, from whatever addresses, with growing waits', async () => {
    for (let i = 0; i < FREE_ATTEMPTS; i++)
      expect((await login(t, 'officer-a', `wrong-${i}`, `10.0.0.${i + 1}`)).body.code).toBe('LOGIN_FAILED');
    // Even the right password is not tried while the account waits.
    const locked = await login(t, 'officer-a', 'password-a1', '10.0.1.1');
    expect([locked.status, locked.body.code, locked.headers['retry-after']]).toEqual([
      429,
      'RATE_LIMITED',
      '30',
    ]);
    // Other accounts are not held up.
    expect((await login(t, 'officer-b', 'password-b1', '10.0.1.1')).status).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 31_000);
    expect((await login(t, 'officer-a', 'wrong-again', '10.0.2.1')).body.code).toBe('LOGIN_FAILED');
    // The next wait is twice as long.
    expect((await login(t, 'officer-a', 'password-a1', '10.0.2.2')).headers['retry-after']).toBe('60');
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    expect((await login(t, 'officer-a', 'password-a1', '10.0.2.3')).status).toBe(200);
    // A good password clears the count.
    expect((await login(t, 'officer-a', 'wrong-once-more', '10.0.2.4')).body.code).toBe('LOGIN_FAILED');
    expect((await login(t, 'officer-a', 'password-a1', '10.0.2.5')).status).toBe(200);
  });

  it('attempts sent at once are counted before any password is checked: at most the free ones are tried', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(t, 'officer-b', `parallel-${i}`, `10.0.4.${i}`)),
    );
    const codes = answers.map((r) => r.body.code);
    expect(codes.filter((c) => c === 'LOGIN_FAILED')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - FREE_ATTEMPTS);
  });

  it('an unknown username is counted like a known one, so the answers do not tell them apart', async () => {
    const codes: string[] = [];
    for (let i = 0; i <= FREE_ATTEMPTS; i++)
      codes.push((await login(t, 'nobody-here', 'wrong', `10.0.3.${i}`)).body.code);
    expect(codes).toEqual([...Array(FREE_ATTEMPTS).fill('LOGIN_FAILED'), 'RATE_LIMITED']);
  });
});

describe('the per-address login limit and a trusted proxy', () => {
  it('behind a trusted proxy each forwarded client has its own bucket; without one they share the socket address', async () => {
    const codes = async (trustProxy: string | false) => {
      const t = await startTestApp('sqlite', { perMinute: 100_000, loginPerMinute: 2 }, { trustProxy });
      const out: number[] = [];
      for (let i = 0; i < 3; i++) out.push((await login(t, `user-${i}`, 'wrong', `192.0.2.${i + 1}`)).status);
      await t.drop();
      return out;
    };
    expect(await codes('loopback')).toEqual([401, 401, 401]);
    expect(await codes(false)).toEqual([401, 401, 429]);
  });
});
