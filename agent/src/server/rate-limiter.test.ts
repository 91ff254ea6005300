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
