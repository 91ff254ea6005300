import { describe, expect, it } from 'vitest';
import { assistedMatches, assistedOriginMatches, isAssistedOrigin } from './assisted-origins';

describe('assisted origins', () => {
  it.each([
    ['https://lhr.dla.go.th', true, true],
    ['https://info.dla.go.th', true, true],
    // clear text: never, in any build (issue 15 §14)
    ['http://lhr.dla.go.th', false, false],
    // the practice site: only in practice (e2e, demo) builds
    ['http://127.0.0.1:47380', false, true],
    ['https://127.0.0.1:47380', false, false],
    ['http://localhost:47380', false, false],
    ['http://127.0.0.2:47380', false, false],
    ['https://dla.go.th.evil.example', false, false],
    ['https://evildla.go.th', false, false],
    ['file:///tmp/x.html', false, false],
    // the ก.ถ. registry of ปลัด (seed 000), HTTPS only
    ['https://www.local.moi.go.th', true, true],
    ['http://www.local.moi.go.th', false, false],
    ['https://evil.local.moi.go.th', false, false],
    ['https://jigsawinnovation.com', true, true],
    ['http://jigsawinnovation.com', false, false],
    ['not a url', false, false],
  ])('%s → release %s, practice %s', (origin, release, practice) => {
    expect(isAssistedOrigin(origin)).toBe(release);
    expect(isAssistedOrigin(origin, { practice: true })).toBe(practice);
  });

  it('a release build matches only https DLA pages', () => {
    expect(assistedMatches(false)).toEqual([
      'https://*.dla.go.th/*',
      'https://www.local.moi.go.th/*',
      'https://jigsawinnovation.com/project/mol/*',
    ]);
    expect(assistedMatches(false).every((m) => m.startsWith('https://'))).toBe(true);
    expect(assistedMatches(true)).toContain('http://127.0.0.1/*');
  });

  it('web-accessible resources get whole-origin patterns (Chrome refuses any other path there)', () => {
    expect(assistedOriginMatches(false)).toEqual([
      'https://*.dla.go.th/*',
      'https://www.local.moi.go.th/*',
      'https://jigsawinnovation.com/*',
    ]);
  });
});
