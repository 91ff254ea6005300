import { expect, it } from 'vitest';
import { applyTeachPatches } from './apply-teach';
import { mergeProfiles, overlayProvince } from './merge-profiles';
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

it('resolution order: bundled < national < the province’s copy (as new or newer) < the officer’s taught patches', () => {
  const national = [
    profile('lhr', 4, 'national'),
    profile('info', 6, 'national'),
    profile('forms', 2, 'national'),
  ];
  const province = [
    profile('lhr', 5, 'province'),
    profile('info', 5, 'province'),
    profile('forms', 2, 'province'),
  ];
  const synced = overlayProvince(national, [...province, profile('taught', 1, 'province')]);
  const effective = mergeProfiles([profile('lhr', 3, 'bundled'), profile('forms', 1, 'bundled')], synced);
  const title = (id: string) => effective.find((p) => p.id === id)?.pages[0]?.titleTh;
  // Newer province copy wins; a newer national one (an admin's later approval) wins over an older province copy;
  // equal versions: the province's; a profile only the province has is added.
  expect([title('lhr'), title('info'), title('forms'), title('taught')]).toEqual([
    'province',
    'national',
    'province',
    'province',
  ]);
  // An officer of another province pulls no province copy: the national versions apply.
  expect(mergeProfiles([], overlayProvince(national, [])).map((p) => p.pages[0]?.titleTh)).toEqual([
    'national',
    'national',
    'national',
  ]);
  // The officer's local teach patch still applies on top of the province's copy.
  const taught = applyTeachPatches(effective, [
    {
      profileId: 'lhr',
      origin: 'https://lhr.example.go.th',
      page: { id: 'page', path: '^/page$', titleTh: 'province', fingerprint: { labelsPresent: ['ชื่อ'] } },
      change: { kind: 'mustNotFill', locator: { id: 'captcha' } },
      taughtAt: '2026-07-01T05:00:00.000Z',
    },
  ]);
  const lhr = taught.find((p) => p.id === 'lhr');
  expect([lhr?.version, lhr?.pages[0]?.titleTh, lhr?.pages[0]?.mustNotFill]).toEqual([
    5,
    'province',
    [{ id: 'captcha' }],
  ]);
});
