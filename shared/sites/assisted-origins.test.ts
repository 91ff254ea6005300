import { describe, expect, it } from 'vitest';
import { isAssistedOrigin } from './assisted-origins';

describe('assisted origins', () => {
  it.each([
    ['https://lhr.dla.go.th', true],
    ['https://info.dla.go.th', true],
    ['http://127.0.0.1:47380', true],
    ['http://localhost:47380', false],
    ['http://127.0.0.2:47380', false],
    ['https://dla.go.th.evil.example', false],
    ['https://evildla.go.th', false],
    ['file:///tmp/x.html', false],
    ['not a url', false],
  ])('%s → %s', (origin, expected) => {
    expect(isAssistedOrigin(origin)).toBe(expected);
  });
});
