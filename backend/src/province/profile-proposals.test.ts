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
  it('a supervisor sees his province’s proposals and approving publishes a national profile version', async () => {
    const { store, propose, proposals } = await setUp(kind);
    await propose('6500101', patch({ name: 'txtF1' }), 'a');
    await propose('6510401', patch({ name: 'txtOther' }), 'b');
    const mine = await proposals.list(supervisor);
    expect(mine.map((p) => p.org)).toEqual(['6500101']);
    expect(mine[0]?.applied).toBe(false);
    expect((await proposals.list(otherSupervisor)).map((p) => p.org)).toEqual(['6510401']);

    const first = mine[0];
    if (!first) throw new Error('no proposal');
    // Another province's supervisor cannot approve it.
    await expect(proposals.approve(otherSupervisor, first.org, first.recordId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const published = await proposals.approve(supervisor, first.org, first.recordId);
    expect(published.version).toBe(1);
    expect(published.pages[0]?.fields).toEqual([
      { type: 'firstName', scope: 'subject', locator: { name: 'txtF1' }, required: false },
    ]);
    expect((await proposals.list(supervisor))[0]?.applied).toBe(true);

    // Every officer reads it from the national stream.
    const pulled = await store.pull(officer('5500102'), { collection: 'profiles', cursor: 0, limit: 10 });
    expect(pulled.records.map((r) => [r.id, (r.data as { version: number }).version])).toEqual([
      ['taught-127-0-0-1-4000', 1],
    ]);

    // A second approval builds on the published version instead of replacing it.
    const admin: Caller = { userId: 'ad', role: 'admin', orgCode: null, provinceCode: null };
    const other = (await proposals.list(admin)).find((p) => p.org === '6510401');
    if (!other) throw new Error('no proposal');
    const again = await proposals.approve(admin, other.org, other.recordId);
    expect(again.version).toBe(2);
    expect(again.pages[0]?.fields.map((f) => f.locator)).toEqual([{ name: 'txtF1' }, { name: 'txtOther' }]);
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
    const published = await proposals.approve(supervisor, row.org, row.recordId);
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
