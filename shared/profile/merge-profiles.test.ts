import { expect, it } from 'vitest';
import { mergeProfiles } from './merge-profiles';
import { type SiteProfile, validProfiles } from './site-profile';

const profile = (id: string, version: number, titleTh = `${id} v${version}`): SiteProfile => ({
  schemaVersion: 1,
  id,
  version,
  origins: ['https://lhr.example.go.th'],
  pages: [
    {
      id: 'page',
      path: '^/page$',
      titleTh,
      fingerprint: { labelsPresent: ['ชื่อ'] },
      fields: [],
      mustNotFill: [],
      guardedActions: [],
    },
  ],
});

it('a newer synced profile replaces the bundled one; an older one never does; new ones are added', () => {
  const merged = mergeProfiles(
    [profile('lhr', 2), profile('info', 1)],
    [profile('lhr', 1), profile('info', 3), profile('palad', 1)],
  );
  expect(merged.map((p) => `${p.id}@${p.version}`).sort()).toEqual(['info@3', 'lhr@2', 'palad@1']);
});

it('keeps only records that pass the profile schema', () => {
  const broken = { ...profile('bad', 1), origins: ['not an origin'] };
  const { profiles, rejected } = validProfiles([profile('lhr', 4), broken, null, 'text']);
  expect([profiles.map((p) => p.id), rejected]).toEqual([['lhr'], 3]);
});
