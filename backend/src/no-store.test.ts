import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-support/app-harness';
import { personData } from './test-support/person-data';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('sqlite');
});
afterAll(async () => {
  await t.drop();
});

it('token answers, pull pages and errors are sent with Cache-Control: no-store', async () => {
  const login = await request(t.app)
    .post('/v1/auth/login')
    .send({ username: 'officer-a', password: 'password-a1' });
  const refresh = await request(t.app)
    .post('/v1/auth/refresh')
    .send({ refreshToken: login.body.refreshToken });
  const auth = `Bearer ${refresh.body.accessToken}`;
  const push = await request(t.app)
    .post('/v1/sync/push')
    .set('authorization', auth)
    .send({
      idempotencyKey: 'no-store-test-key-1',
      changes: [{ collection: 'people', id: 'p', baseRev: 0, data: personData() }],
    });
  const pull = await request(t.app).get('/v1/sync/pull?collection=people').set('authorization', auth);
  const refused = await request(t.app).get('/v1/sync/pull?collection=people');
  const answers = { login, refresh, push, pull, refused };
  for (const [what, res] of Object.entries(answers))
    expect([what, res.headers['cache-control']]).toEqual([what, 'no-store']);
  expect([login.status, refresh.status, push.status, pull.status, refused.status]).toEqual([
    200, 200, 200, 200, 401,
  ]);
});
