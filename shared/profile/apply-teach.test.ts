import { describe, expect, it } from 'vitest';
import practiceProfile from '../../extension/profiles/practice-lhr.json';
import { applyTeachPatch, applyTeachPatches, profileHasPatch } from './apply-teach';
import { SiteProfile } from './site-profile';
import { TeachPatch } from './teach-patch';

const page = {
  id: 'teach',
  path: '^/dynamic/teach\\.html$',
  titleTh: 'หน้าฝึก',
  fingerprint: { labelsPresent: ['แบบบันทึก'] },
};
const at = (n: number) => `2026-07-01T05:00:0${n}.000Z`;
const field = (type: string, locator: object, n = 0) =>
  TeachPatch.parse({
    profileId: 'taught-x',
    origin: 'http://127.0.0.1:4000',
    page,
    change: { kind: 'field', type, scope: 'subject', whose: 'holder', locator },
    taughtAt: at(n),
  });

describe('teach patches', () => {
  it('creates the profile and page when missing, and the result passes the profile schema', () => {
    const profile = applyTeachPatch(undefined, field('firstName', { name: 'txtF1' }));
    expect(SiteProfile.parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({ id: 'taught-x', version: 1, origins: ['http://127.0.0.1:4000'] });
    expect(profile.pages[0]?.fields).toEqual([
      { type: 'firstName', scope: 'subject', locator: { name: 'txtF1' }, required: false },
    ]);
  });

  it('the later patch for the same control wins; other controls are kept', () => {
    const [profile] = applyTeachPatches(
      [],
      [
        field('lastName', { name: 'txtF1' }, 2),
        field('firstName', { name: 'txtF1' }, 1),
        field('moo', { id: 'x' }, 3),
      ],
    );
    expect(profile?.pages[0]?.fields.map((f) => [f.type, f.locator])).toEqual([
      ['lastName', { name: 'txtF1' }],
      ['moo', { id: 'x' }],
    ]);
  });

  it('never-fill and guard marks replace a field at that locator; a bundled profile keeps its other pages', () => {
    const base = SiteProfile.parse(practiceProfile);
    const target = base.pages[0];
    if (!target) throw new Error('no page');
    const never = TeachPatch.parse({
      profileId: base.id,
      origin: 'http://127.0.0.1:4000',
      page: { id: target.id, path: target.path, titleTh: target.titleTh, fingerprint: target.fingerprint },
      change: { kind: 'mustNotFill', locator: target.fields[0]?.locator },
      taughtAt: at(1),
    });
    const patched = applyTeachPatch(base, never);
    expect(patched.pages).toHaveLength(base.pages.length);
    expect(patched.origins).toEqual(base.origins);
    expect(patched.pages[0]?.fields).toHaveLength(target.fields.length - 1);
    expect(patched.pages[0]?.mustNotFill).toContainEqual(target.fields[0]?.locator);
    expect(profileHasPatch(patched, never)).toBe(true);
    expect(profileHasPatch(base, never)).toBe(false);
  });

  it('holds no value: a patch with any other key is refused by its schema', () => {
    const patch = { ...field('firstName', { name: 'a' }), value: 'ประวิทย์' };
    expect(TeachPatch.safeParse(patch).success).toBe(false);
  });
});
