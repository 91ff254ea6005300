import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteProfile } from '../../../shared/profile/site-profile';
import { createUser } from '../cli/admin';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';

let counter = 0;
const key = () => `prov-${Date.now()}-${counter++}`.padEnd(16, 'x');

const profile = (version: number): SiteProfile => ({
  schemaVersion: 1,
  id: 'taught-profile',
  version,
  origins: ['https://lhr.example.go.th'],
  pages: [
    {
      id: 'page',
      path: '^/page$',
      titleTh: 'หน้า',
      fingerprint: { labelsPresent: ['ชื่อ'] },
      fields: [],
      mustNotFill: [],
      guardedActions: [],
    },
  ],
});

/**
 * The `province` scope (shared/sync/collections.ts) through the HTTP routes: one stream per province, read by its
 * officers and supervisors, written by its supervisors and by admins naming it. Seed: 6500101 and 5500102 are in
 * เชียงใหม่ (50), 6510401 in ลำพูน (51).
 */
describe.each(DATABASE_KINDS)('province scope (%s)', (kind) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    await createUser(t.db, {
      username: 'supervisor-lp',
      password: 'password-s2',
      role: 'supervisor',
      province: '51',
    });
    for (const u of ['officer-a', 'officer-b', 'officer-lamphun', 'supervisor-cm', 'admin'])
      tokens[u] = (await t.login(u)).accessToken;
    const lp = await request(t.app)
      .post('/v1/auth/login')
      .send({ username: 'supervisor-lp', password: 'password-s2' });
    tokens['supervisor-lp'] = lp.body.accessToken;
  });
  afterAll(async () => {
    await t.drop();
  });
  const push = (user: string, version: number, province?: string, baseRev = 0) =>
    request(t.app)
      .post('/v1/sync/push')
      .set('authorization', `Bearer ${tokens[user]}`)
      .send({
        idempotencyKey: key(),
        ...(province ? { province } : {}),
        changes: [{ collection: 'province-profiles', id: 'taught-profile', baseRev, data: profile(version) }],
      });
  const pull = (user: string, extra = '') =>
    request(t.app)
      .get(`/v1/sync/pull?collection=province-profiles${extra}`)
      .set('authorization', `Bearer ${tokens[user]}`);
  const versions = (res: request.Response) =>
    (res.body.records as { data: SiteProfile }[]).map((r) => r.data.version);

  it('a supervisor writes his province’s stream; its officers read it, another province’s officer does not', async () => {
    const written = await push('supervisor-cm', 2);
    expect([written.status, written.body.applied?.length]).toEqual([200, 1]);
    // Both อปท. of เชียงใหม่ read it without naming the province (it is their อปท.'s).
    expect(versions(await pull('officer-a'))).toEqual([2]);
    expect(versions(await pull('officer-b'))).toEqual([2]);
    expect(versions(await pull('supervisor-cm'))).toEqual([2]);
    // ลำพูน's officer reads his own province's stream: nothing there.
    const lamphun = await pull('officer-lamphun');
    expect([lamphun.status, lamphun.body.records]).toEqual([200, []]);
    // Naming another province is refused, for officers and supervisors alike.
    for (const user of ['officer-lamphun', 'supervisor-lp'])
      expect((await pull(user, '&province=50')).body.code).toBe('FORBIDDEN');
  });

  it('a supervisor cannot write another province; an officer cannot write a province stream at all', async () => {
    const other = await push('supervisor-lp', 9, '50');
    expect([other.status, other.body.code]).toEqual([403, 'FORBIDDEN']);
    for (const user of ['officer-a', 'officer-lamphun']) {
      const res = await push(user, 9);
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    // ลำพูน's supervisor writes his own stream, which เชียงใหม่ does not see.
    expect((await push('supervisor-lp', 5)).status).toBe(200);
    expect(versions(await pull('officer-lamphun'))).toEqual([5]);
    expect(versions(await pull('officer-a'))).toEqual([2]);
  });

  it('an admin names the province he reads or writes', async () => {
    expect((await push('admin', 3)).body.code).toBe('INVALID_MESSAGE');
    expect((await pull('admin')).body.code).toBe('INVALID_MESSAGE');
    const written = await push('admin', 3, '50', 1);
    expect([written.status, written.body.applied?.[0]?.rev]).toEqual([200, 2]);
    expect(versions(await pull('admin', '&province=50'))).toEqual([3]);
    expect(versions(await pull('officer-b'))).toEqual([3]);
    expect(versions(await pull('admin', '&province=51'))).toEqual([5]);
    // Nothing of a province stream shows in the national one.
    const national = await request(t.app)
      .get('/v1/sync/pull?collection=profiles')
      .set('authorization', `Bearer ${tokens['officer-a']}`);
    expect(national.body.records).toEqual([]);
  });

  it('a province stream is no อปท.: the dashboard’s last-activity table gets no row for it (migration 0007)', async () => {
    const written = await push('supervisor-cm', 7, undefined, 3);
    expect(written.status).toBe(200);
    const officerPush = await request(t.app)
      .post('/v1/sync/push')
      .set('authorization', `Bearer ${tokens['officer-lamphun']}`)
      .send({
        idempotencyKey: key(),
        changes: [{ collection: 'plans', id: 'plan', baseRev: 0, data: { teacher: 3 } }],
      });
    expect(officerPush.status).toBe(200);
    const activity = await t.db.selectFrom('org_activity').select('org_code').execute();
    expect(activity.map((r) => r.org_code)).toEqual(['6510401']);
  });
});
