import { afterEach, describe, expect, it } from 'vitest';
import type { TeachPatch } from '../../../shared/profile/teach-patch';
import { teachKey } from '../../../shared/profile/teach-patch';
import type { Caller } from '../auth/tokens';
import { SyncStore } from '../sync/sync-store';
import { DATABASE_KINDS, freshDatabase, type TestDatabase } from '../test-support/databases';
import { seed } from '../test-support/seed';
import { ProfileProposals } from './profile-proposals';

const officer = (org: string): Caller => ({
  userId: `u-${org}`,
  role: 'officer',
  orgCode: org,
  provinceCode: null,
});
const supervisor: Caller = { userId: 's', role: 'supervisor', orgCode: null, provinceCode: '50' };
const otherSupervisor: Caller = { userId: 's2', role: 'supervisor', orgCode: null, provinceCode: '51' };

const patch = (locator: object, type = 'firstName'): TeachPatch =>
  ({
    profileId: 'taught-127-0-0-1-4000',
    origin: 'http://127.0.0.1:4000',
    page: {
      id: 'dynamic-teach-html',
      path: '^/dynamic/teach\\.html$',
      titleTh: 'บันทึกข้อมูล',
      fingerprint: { labelsPresent: ['แบบบันทึกข้อมูลบุคลากรท้องถิ่น'] },
    },
    change: { kind: 'field', type, scope: 'subject', whose: 'holder', locator },
    taughtAt: '2026-07-01T05:00:00.000Z',
  }) as TeachPatch;

let current: TestDatabase | undefined;
afterEach(async () => {
  await current?.drop();
  current = undefined;
});

async function setUp(kind: (typeof DATABASE_KINDS)[number]) {
  current = await freshDatabase(kind);
  const { db } = current.database;
  await seed(db);
  const store = new SyncStore(db);
  const propose = (org: string, p: TeachPatch, key: string) =>
    store.push(officer(org), {
      idempotencyKey: `${key}-0123456789abcdef`,
      changes: [{ collection: 'profile-proposals', id: teachKey(p), baseRev: 0, data: p }],
    });
  return { db, store, propose, proposals: new ProfileProposals(db) };
}

describe.each(DATABASE_KINDS)('profile proposals (teach mode, %s)', (kind) => {
  it('a supervisor’s approval publishes into his province’s stream only; an admin’s nationally', async () => {
    const { store, propose, proposals } = await setUp(kind);
    await propose('6500101', patch({ name: 'txtF1' }), 'a');
    await propose('6510401', patch({ name: 'txtOther' }), 'b');
    const mine = await proposals.list(supervisor);
    expect(mine.map((p) => [p.org, p.province, p.publishedIn, p.applied])).toEqual([
      ['6500101', '50', null, false],
    ]);
    expect((await proposals.list(otherSupervisor)).map((p) => p.org)).toEqual(['6510401']);

    const first = mine[0];
    if (!first) throw new Error('no proposal');
    // Another province's supervisor cannot approve it.
    await expect(proposals.approve(otherSupervisor, first.org, first.recordId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const approval = await proposals.approve(supervisor, first.org, first.recordId);
    expect([approval.publishedIn, approval.province, approval.profile.version]).toEqual([
      'province',
      '50',
      1,
    ]);
    expect(approval.profile.pages[0]?.fields).toEqual([
      { type: 'firstName', scope: 'subject', locator: { name: 'txtF1' }, required: false },
    ]);
    expect((await proposals.list(supervisor)).map((p) => [p.publishedIn, p.applied])).toEqual([
      ['province', true],
    ]);

    // The officers of เชียงใหม่ (both อปท.) read it from their province's stream; not from the national one, and
    // ลำพูน's officer does not get it at all.
    const versions = async (org: string, collection: 'profiles' | 'province-profiles') =>
      (await store.pull(officer(org), { collection, cursor: 0, limit: 10 })).records.map((r) => [
        r.id,
        (r.data as { version: number }).version,
      ]);
    expect(await versions('5500102', 'province-profiles')).toEqual([['taught-127-0-0-1-4000', 1]]);
    expect(await versions('6500101', 'province-profiles')).toEqual([['taught-127-0-0-1-4000', 1]]);
    expect(await versions('5500102', 'profiles')).toEqual([]);
    expect(await versions('6510401', 'province-profiles')).toEqual([]);

    // An admin sees the province's publication and may still approve it for the whole country; the national
    // version is numbered above the province's copy, so it reaches everyone.
    const admin: Caller = { userId: 'ad', role: 'admin', orgCode: null, provinceCode: null };
    const all = await proposals.list(admin);
    expect(all.map((p) => [p.org, p.publishedIn, p.applied]).sort()).toEqual([
      ['6500101', 'province', false],
      ['6510401', null, false],
    ]);
    const other = all.find((p) => p.org === '6510401');
    if (!other) throw new Error('no proposal');
    const again = await proposals.approve(admin, other.org, other.recordId);
    expect([again.publishedIn, again.province, again.profile.version]).toEqual(['national', null, 2]);
    expect(again.profile.pages[0]?.fields.map((f) => f.locator)).toEqual([{ name: 'txtOther' }]);
    expect(await versions('6510401', 'profiles')).toEqual([['taught-127-0-0-1-4000', 2]]);
    // In เชียงใหม่ the newer national version now applies: the supervisor sees his proposal as not published and may
    // approve it again, over the national version.
    expect((await proposals.list(supervisor)).map((p) => [p.publishedIn, p.applied])).toEqual([
      [null, false],
    ]);
    const over = await proposals.approve(supervisor, first.org, first.recordId);
    expect([over.publishedIn, over.profile.version]).toEqual(['province', 3]);
    expect(over.profile.pages[0]?.fields.map((f) => f.locator)).toEqual([
      { name: 'txtOther' },
      { name: 'txtF1' },
    ]);
  });

  it('a proposal for a bundled profile is applied to the bundled profile, not to an empty one', async () => {
    const { propose, proposals } = await setUp(kind);
    const bundled: TeachPatch = {
      ...patch({ name: 'txtRemark' }),
      profileId: 'practice-lhr',
      page: { ...patch({}).page, id: 'kp7-personal' },
    };
    await propose('6500101', bundled, 'c');
    const [row] = await proposals.list(supervisor);
    if (!row) throw new Error('no proposal');
    const { profile: published } = await proposals.approve(supervisor, row.org, row.recordId);
    expect(published.pages.length).toBeGreaterThan(1);
    expect(published.version).toBeGreaterThan(3);
  });

  it('stale-profile reports are listed in scope, ids and counts only', async () => {
    const { store, proposals } = await setUp(kind);
    const report = {
      profileId: 'practice-lhr',
      profileVersion: 3,
      pageId: 'kp7-personal',
      labelsMissing: 2,
      labelsTotal: 3,
      seenAt: '2026-07-01T05:00:00.000Z',
    };
    await store.push(officer('6500101'), {
      idempotencyKey: 'health-0123456789abcdef',
      changes: [{ collection: 'profile-health', id: 'practice-lhr|kp7-personal', baseRev: 0, data: report }],
    });
    expect((await proposals.health(supervisor)).map((h) => h.report)).toEqual([report]);
    expect(await proposals.health(otherSupervisor)).toEqual([]);
  });
});
