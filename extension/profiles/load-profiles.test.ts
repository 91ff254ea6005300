import { describe, expect, it } from 'vitest';
import { SiteProfile } from '../../shared/profile/site-profile';
import { bundledProfiles } from './load-profiles';
import practiceForms from './practice-forms.json';
import practiceLhr from './practice-lhr.json';

describe('bundled site profiles', () => {
  it('are valid, complete profile data: parsing them adds and removes nothing', () => {
    expect(SiteProfile.parse(practiceLhr)).toEqual(practiceLhr);
    expect(SiteProfile.parse(practiceForms)).toEqual(practiceForms);
    expect(bundledProfiles().map((p) => p.id)).toEqual(['practice-lhr', 'practice-forms']);
  });

  it('never map two fields of a page to the same locator', () => {
    for (const page of bundledProfiles().flatMap((p) => p.pages)) {
      const keys = page.fields.map((f) => JSON.stringify(f.locator));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
