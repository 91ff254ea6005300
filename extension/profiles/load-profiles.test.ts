import { describe, expect, it } from 'vitest';
import { SiteProfile } from '../../shared/profile/site-profile';
import { bundledProfiles } from './load-profiles';
import practiceLhr from './practice-lhr.json';

describe('bundled site profiles', () => {
  it('are valid, complete profile data: parsing them adds and removes nothing', () => {
    expect(SiteProfile.parse(practiceLhr)).toEqual(practiceLhr);
    expect(bundledProfiles().map((p) => p.id)).toEqual(['practice-lhr']);
  });

  it('never map two fields of a page to the same locator', () => {
    for (const page of bundledProfiles()[0]?.pages ?? []) {
      const keys = page.fields.map((f) => JSON.stringify(f.locator));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
