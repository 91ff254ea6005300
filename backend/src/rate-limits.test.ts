import express from 'express';
import request from 'supertest';
import { expect, it } from 'vitest';
import { errorHandler } from './http-errors';
import { createBackendLogger } from './log';
import { perAddressLimit, trustProxySetting } from './rate-limits';

it('allows `limit` requests per window, then answers 429 RATE_LIMITED with Retry-After', async () => {
  const app = express();
  app.use(perAddressLimit(2));
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(errorHandler(createBackendLogger(process.stderr, 'silent')));
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await request(app).get('/')).status);
  expect(statuses).toEqual([200, 200, 429]);
  const refused = await request(app).get('/');
  expect(refused.body.code).toBe('RATE_LIMITED');
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(refused.headers.ratelimit).toMatch(/r=0/);
});

it('reads TRUST_PROXY the way express takes it', () => {
  expect([undefined, '', 'false', 'true', '1', 'loopback, 10.0.0.0/8'].map(trustProxySetting)).toEqual([
    false,
    false,
    false,
    true,
    1,
    'loopback, 10.0.0.0/8',
  ]);
});
