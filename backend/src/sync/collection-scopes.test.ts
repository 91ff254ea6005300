import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../shared/sync/collections';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { draft } from '../test-support/draft';

let counter = 0;
const key = () => `scope-${Date.now()}-${counter++}`.padEnd(16, 'x');

/** Scopes and record schemas come from shared/sync/collections.ts, for every collection declared there. */
describe.each(DATABASE_KINDS)('collection scopes (%s)', (kind) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const u of ['officer-a', 'supervisor-cm', 'admin']) tokens[u] = (await t.login(u)).accessToken;
  });
  afterAll(async () => {
    await t.drop();
  });
  const push = (user: string, changes: unknown[]) =>
    request(t.app)
      .post('/v1/sync/push')
      .set('authorization', `Bearer ${tokens[user]}`)
      .send({ idempotencyKey: key(), changes });
  const pull = (user: string, query: string) =>
    request(t.app).get(`/v1/sync/pull?${query}`).set('authorization', `Bearer ${tokens[user]}`);

  it('a supervisor and an admin read an org collection of another office only when it is provinceReadable', async () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      if (spec.scope !== 'org') continue;
      const expected = spec.provinceReadable ? 200 : 403;
      expect([name, (await pull('supervisor-cm', `collection=${name}&org=6500101`)).status]).toEqual([
        name,
        expected,
      ]);
      expect([name, (await pull('admin', `collection=${name}&org=6500101`)).status]).toEqual([
        name,
        expected,
      ]);
      expect([name, (await pull('officer-a', `collection=${name}`)).status]).toEqual([name, 200]);
    }
  });

  it('national collections are readable by everyone signed in and writable by admins only', async () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      if (spec.scope !== 'national') continue;
      for (const user of ['officer-a', 'supervisor-cm', 'admin'])
        expect([name, user, (await pull(user, `collection=${name}`)).status]).toEqual([name, user, 200]);
      for (const user of ['officer-a', 'supervisor-cm'])
        expect((await push(user, [{ collection: name, id: 'n1', baseRev: 0, data: {} }])).body.code).toBe(
          'FORBIDDEN',
        );
    }
  });

  it('a record that does not match its collection schema is refused with 400', async () => {
    const bad = await push('officer-a', [{ collection: 'drafts', id: 'd-bad', baseRev: 0, data: { n: 1 } }]);
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_MESSAGE']);
    const good = await push('officer-a', [
      { collection: 'drafts', id: 'd-ok', baseRev: 0, data: draft('ok') },
    ]);
    expect([good.status, good.body.applied.length]).toEqual([200, 1]);
    const report = await push('officer-a', [
      { collection: 'readiness', id: 'r', baseRev: 0, data: { x: 1 } },
    ]);
    expect([report.status, report.body.code]).toEqual([400, 'INVALID_MESSAGE']);
  });
});
