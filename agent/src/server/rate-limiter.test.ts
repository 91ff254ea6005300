import { expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

it('allows `limit` events per window and key, then refuses until the window slides', () => {
  let now = 0;
  const limiter = new RateLimiter(3, 60_000, () => now);
  expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
  expect(limiter.take('b')).toBe(true);
  now = 59_999;
  expect(limiter.take('a')).toBe(false);
  now = 60_000;
  expect(limiter.take('a')).toBe(true);
});

it('says how long until the next event is allowed (Retry-After) and its policy', () => {
  let now = 1_000;
  const limiter = new RateLimiter(2, 60_000, () => now);
  expect(limiter.policy).toEqual({ limit: 2, windowSec: 60 });
  expect(limiter.retryAfterSec('a')).toBe(0);
  limiter.take('a');
  now = 11_000;
  limiter.take('a');
  expect(limiter.take('a')).toBe(false);
  // the first event leaves the window at 61,000: 50 s from now
  expect(limiter.retryAfterSec('a')).toBe(50);
  now = 60_500;
  expect(limiter.retryAfterSec('a')).toBe(1);
  now = 61_000;
  expect(limiter.retryAfterSec('a')).toBe(0);
});
