import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { ACCESS_TTL_SEC, REFRESH_TTL_SEC } from './tokens';

describe.each(DATABASE_KINDS)('accounts and tokens (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t.drop();
  });
  const pull = (token: string) =>
    request(t.app).get('/v1/sync/pull?collection=drafts').set('authorization', `Bearer ${token}`);

  it('logs in with the right password only, with the same answer for an unknown user', async () => {
    const ok = await request(t.app)
      .post('/v1/auth/login')
      .send({ username: 'officer-a', password: 'password-a1' });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ role: 'officer', orgCode: '6500101' });
    const wrong = await request(t.app)
      .post('/v1/auth/login')
      .send({ username: 'officer-a', password: 'nope-nope' });
    const unknown = await request(t.app)
      .post('/v1/auth/login')
      .send({ username: 'nobody', password: 'nope-nope' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'LOGIN_FAILED']);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rejects an expired access token', async () => {
    const { accessToken } = await t.login('officer-a');
    expect((await pull(accessToken)).status).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + (ACCESS_TTL_SEC + 5) * 1000);
    const res = await pull(accessToken);
    expect([res.status, res.body.code]).toEqual([401, 'TOKEN_EXPIRED']);
    t.clock.now = new Date();
  });

  it('rotates refresh tokens; reusing one revokes the whole session', async () => {
    const first = await t.login('officer-a');
    const second = await request(t.app).post('/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const reused = await request(t.app).post('/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect([reused.status, reused.body.code]).toEqual([401, 'TOKEN_REUSED']);
    // The thief's replay also kills the legitimate newer token of the same family.
    const after = await request(t.app)
      .post('/v1/auth/refresh')
      .send({ refreshToken: second.body.refreshToken });
    expect([after.status, after.body.code]).toEqual([401, 'TOKEN_INVALID']);
  });

  it('rejects an expired refresh token and a revoked (logged-out) one', async () => {
    const expiring = await t.login('officer-b');
    t.clock.now = new Date(t.clock.now.getTime() + (REFRESH_TTL_SEC + 60) * 1000);
    const expired = await request(t.app)
      .post('/v1/auth/refresh')
      .send({ refreshToken: expiring.refreshToken });
    expect([expired.status, expired.body.code]).toEqual([401, 'TOKEN_EXPIRED']);
    t.clock.now = new Date();
    const session = await t.login('officer-b');
    expect(
      (await request(t.app).post('/v1/auth/logout').send({ refreshToken: session.refreshToken })).status,
    ).toBe(204);
    const revoked = await request(t.app)
      .post('/v1/auth/refresh')
      .send({ refreshToken: session.refreshToken });
    expect([revoked.status, revoked.body.code]).toEqual([401, 'TOKEN_INVALID']);
  });

  it('answers a forged token and a missing one with 401', async () => {
    expect((await pull('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad')).body.code).toBe('TOKEN_INVALID');
    expect((await request(t.app).get('/v1/sync/pull?collection=drafts')).status).toBe(401);
  });
});
