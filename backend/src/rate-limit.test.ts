import express from 'express';
import request from 'supertest';
import { expect, it } from 'vitest';
import { errorHandler } from './http-errors';
import { createBackendLogger } from './log';
import { rateLimit } from './rate-limit';

function appWith(clock: { now: number }) {
  const app = express();
  app.use(rateLimit({ limit: 2, windowMs: 60_000, now: () => clock.now }));
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(errorHandler(createBackendLogger(process.stderr, 'silent')));
  return app;
}

it('allows `limit` requests per window, then answers 429 RATE_LIMITED until the next window', async () => {
  const clock = { now: 1_000_000 };
  const app = appWith(clock);
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await request(app).get('/')).status);
  expect(statuses).toEqual([200, 200, 429]);
  const refused = await request(app).get('/');
  expect(refused.body.code).toBe('RATE_LIMITED');
  expect(refused.headers['retry-after']).toBe('60');
  expect(refused.headers.ratelimit).toBe('limit=2, remaining=0, reset=60');
  clock.now += 59_999;
  expect((await request(app).get('/')).status).toBe(429);
  clock.now += 1;
  const next = await request(app).get('/');
  expect([next.status, next.headers.ratelimit, next.headers['ratelimit-policy']]).toEqual([
    200,
    'limit=2, remaining=1, reset=60',
    '2;w=60',
  ]);
});
