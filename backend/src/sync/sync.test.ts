import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import practiceProfile from '../../../extension/profiles/practice-lhr.json';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { personData } from '../test-support/person-data';
import { seeded } from '../test-support/property';
import { SyncStore } from './sync-store';

let keyCounter = 0;
const key = () => `key-${Date.now()}-${keyCounter++}`.padEnd(16, 'x');

describe.each(DATABASE_KINDS)('sync (%s)', (kind) => {
  let t: TestApp;
  let a: string;
  let a2: string;
  let b: string;
  let supervisor: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const token = async (u: string) => (await t.login(u)).accessToken;
    a = await token('officer-a');
    a2 = await token('officer-a2');
    b = await token('officer-b');
    supervisor = await token('supervisor-cm');
    admin = await token('admin');
  });
  afterAll(async () => {
    await t.drop();
  });
  const push = (token: string, changes: unknown[], idempotencyKey = key()) =>
    request(t.app)
      .post('/v1/sync/push')
      .set('authorization', `Bearer ${token}`)
      .send({ idempotencyKey, changes });
  const pull = (token: string, query: string) =>
    request(t.app).get(`/v1/sync/pull?${query}`).set('authorization', `Bearer ${token}`);

  it('assigns increasing sequence numbers and pulls pages since a cursor', async () => {
    const res = await push(
      a,
      [1, 2, 3].map((i) => ({ collection: 'people', id: `d${i}`, baseRev: 0, data: personData(`n${i}`) })),
    );
    expect(res.status).toBe(200);
    const seqs = res.body.applied.map((x: { seq: number }) => x.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const page1 = await pull(a2, 'collection=people&cursor=0&limit=2');
    expect(page1.body.records.map((r: { id: string }) => r.id)).toEqual(['d1', 'd2']);
    expect(page1.body.hasMore).toBe(true);
    const page2 = await pull(a2, `collection=people&cursor=${page1.body.cursor}&limit=2`);
    expect(page2.body.records.map((r: { id: string }) => r.id)).toEqual(['d3']);
    expect(page2.body.hasMore).toBe(false);
  });

  it('a page that is exactly full says hasMore only when more follows', async () => {
    const ids = ['full-1', 'full-2'];
    const res = await push(
      a,
      ids.map((id) => ({ collection: 'people', id, baseRev: 0, data: personData(id) })),
    );
    const before = Math.min(...res.body.applied.map((x: { seq: number }) => x.seq)) - 1;
    const page = await pull(a, `collection=people&cursor=${before}&limit=2`);
    expect([page.body.records.map((r: { id: string }) => r.id), page.body.hasMore]).toEqual([ids, false]);
    const empty = await pull(a, `collection=people&cursor=${page.body.cursor}&limit=2`);
    expect(empty.body).toEqual({ records: [], cursor: page.body.cursor, hasMore: false });
  });

  it('pulls back exactly what was pushed, whatever the text and keys', async () => {
    const tricky = ['"', '\\', 'นาย ก"ข\\ค', '😀 ๑๒๓', '</script>', "'; drop table records; --"];
    const id = fc.oneof(
      fc.constantFrom(...tricky),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    );
    // Keys that an object copy or a reviver treats specially are drawn often, not left to chance.
    const keyName = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
      fc.string({ maxLength: 10 }),
    );
    // Any text in the record's free-text fields, and tricky keys where a PersonRecord has free keys (provenance).
    const data = fc
      .record({
        first: fc.string({ unit: 'grapheme', maxLength: 30 }),
        last: fc.constantFrom(...tricky),
        keys: fc.uniqueArray(keyName, { maxLength: 4 }),
      })
      .map(({ first, last, keys }) => ({
        ...personData(first),
        name: { th: { title: 'นาง', first, middle: '', last } },
        provenance: { sections: Object.fromEntries(keys.map((k) => [k, 'capture'])) },
      }));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(id, { minLength: 1, maxLength: 4 }), data, async (ids, value) => {
        const changes = ids.map((id) => ({ collection: 'people', id: `rt:${id}`, baseRev: 0, data: value }));
        const sent = JSON.stringify({ idempotencyKey: key(), changes });
        const res = await request(t.app)
          .post('/v1/sync/push')
          .set('authorization', `Bearer ${a}`)
          .set('content-type', 'application/json')
          .send(sent);
        expect(res.status).toBe(200);
        const seqs = [
          ...res.body.applied,
          ...res.body.conflicts.map((c: { server: { seq: number } }) => c.server),
        ].map((x: { seq: number }) => x.seq);
        const page = await pull(a, `collection=people&cursor=${Math.min(...seqs) - 1}&limit=500`);
        for (const applied of res.body.applied) {
          const got = page.body.records.find((r: { id: string }) => r.id === applied.id);
          // Compared as JSON text, key order included: an own "__proto__" key must come back too.
          expect(JSON.stringify(got.data)).toBe(JSON.stringify(JSON.parse(sent).changes[0].data));
          expect(got).toMatchObject({ ...applied, collection: 'people', deleted: false });
        }
      }),
      seeded('push/pull round trip', 25),
    );
  }, 60_000);

  it('keeps an own "__proto__" key of record data, in the pull and in a conflict', async () => {
    // A PersonRecord's free keys are its provenance sections: one named "__proto__" must stay an own key.
    const PROTO = JSON.stringify(personData()).replace(
      /}$/,
      ',"provenance":{"sections":{"__proto__":"capture","capture":"card"}}}',
    );
    const body = (baseRev: number) =>
      `{"idempotencyKey":"${key()}","changes":[{"collection":"people","id":"proto","baseRev":${baseRev},"data":${PROTO}}]}`;
    const send = (text: string) =>
      request(t.app)
        .post('/v1/sync/push')
        .set('authorization', `Bearer ${a}`)
        .set('content-type', 'application/json')
        .send(text);
    expect((await send(body(0))).body.applied).toHaveLength(1);
    const page = await pull(a, 'collection=people');
    expect(page.text).toContain(`"data":${PROTO}`);
    const conflict = await send(body(0));
    expect(conflict.text).toContain(`"data":${PROTO}`);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('refuses ids with control or broken characters with a 400, never a 500', async () => {
    for (const id of ['nul\u0000id', 'tab\tid', 'half\ud800pair']) {
      const res = await push(a, [{ collection: 'people', id, baseRev: 0, data: personData() }]);
      expect([res.status, res.body.code]).toEqual([400, 'INVALID_MESSAGE']);
    }
  });

  it('returns a conflict for an edit based on an old revision and never overwrites', async () => {
    await push(a, [{ collection: 'people', id: 'p1', baseRev: 0, data: personData('first') }]);
    const mine = await push(a, [{ collection: 'people', id: 'p1', baseRev: 1, data: personData('mine') }]);
    expect(mine.body.applied).toHaveLength(1);
    const theirs = await push(a2, [
      { collection: 'people', id: 'p1', baseRev: 1, data: personData('theirs') },
    ]);
    expect(theirs.body.applied).toEqual([]);
    expect(theirs.body.conflicts[0].server).toMatchObject({ rev: 2, data: personData('mine') });
    const now = await pull(a, 'collection=people');
    expect(now.body.records.find((r: { id: string }) => r.id === 'p1').data).toEqual(personData('mine'));
  });

  it('keeps deletes as tombstones that pull returns', async () => {
    await push(a, [{ collection: 'people', id: 'gone', baseRev: 0, data: personData() }]);
    const del = await push(a, [{ collection: 'people', id: 'gone', baseRev: 1, data: null }]);
    expect(del.body.applied[0].rev).toBe(2);
    const all = await pull(a, 'collection=people');
    expect(all.body.records.find((r: { id: string }) => r.id === 'gone')).toMatchObject({
      deleted: true,
      data: null,
      rev: 2,
    });
  });

  it('applies a retried push once and replays the stored answer', async () => {
    const idempotencyKey = key();
    const change = [{ collection: 'people', id: 'once', baseRev: 0, data: personData() }];
    const first = await push(a, change, idempotencyKey);
    const again = await push(a, change, idempotencyKey);
    expect(again.body).toEqual(first.body);
    const all = await pull(a, 'collection=people');
    expect(all.body.records.filter((r: { id: string }) => r.id === 'once')).toHaveLength(1);
    expect(all.body.records.find((r: { id: string }) => r.id === 'once').rev).toBe(1);
  });

  it('forgets stored push answers after their retention; a late retry then conflicts, never applies twice', async () => {
    const idempotencyKey = key();
    const change = [{ collection: 'people', id: 'late-retry', baseRev: 0, data: personData() }];
    expect((await push(a, change, idempotencyKey)).body.applied).toHaveLength(1);
    const store = new SyncStore(t.db);
    expect(await store.forgetPushes(new Date(t.clock.now.getTime() - 60_000))).toBe(0);
    expect(await store.forgetPushes(new Date(t.clock.now.getTime() + 1000))).toBeGreaterThan(0);
    const late = await push(a, change, idempotencyKey);
    expect([late.body.applied, late.body.conflicts[0].server.rev]).toEqual([[], 1]);
  });

  it('says RESET_REQUIRED for a cursor older than purged tombstones', async () => {
    await push(a, [{ collection: 'people', id: 'old', baseRev: 0, data: personData() }]);
    await push(a, [{ collection: 'people', id: 'old', baseRev: 1, data: null }]);
    expect(await new SyncStore(t.db).purgeTombstones(new Date(Date.now() + 1000))).toBeGreaterThan(0);
    const res = await pull(a, 'collection=people&cursor=1');
    expect([res.status, res.body.code]).toEqual([409, 'RESET_REQUIRED']);
    expect((await pull(a, 'collection=people&cursor=0')).status).toBe(200);
  });

  describe('authorization is in every query', () => {
    it('an officer cannot read or write another อปท.', async () => {
      await push(b, [{ collection: 'people', id: 'secret-b', baseRev: 0, data: personData('b') }]);
      const readOther = await pull(a, 'collection=people&org=5500102');
      expect([readOther.status, readOther.body.code]).toEqual([403, 'FORBIDDEN']);
      const own = await pull(a, 'collection=people');
      expect(own.body.records.map((r: { id: string }) => r.id)).not.toContain('secret-b');
      // Writing is always to the caller's own อปท.: the same id is a different record there.
      await push(a, [{ collection: 'people', id: 'secret-b', baseRev: 0, data: personData('a') }]);
      const bView = await pull(b, 'collection=people');
      expect(bView.body.records.find((r: { id: string }) => r.id === 'secret-b').data).toEqual(
        personData('b'),
      );
    });

    it('a supervisor reads only อปท. of his province and writes nothing', async () => {
      expect((await pull(supervisor, 'collection=people&org=6500101')).status).toBe(200);
      expect((await pull(supervisor, 'collection=drafts&org=6500101')).body.code).toBe('FORBIDDEN');
      expect((await pull(supervisor, 'collection=people&org=5500102')).status).toBe(200);
      expect((await pull(supervisor, 'collection=people&org=6510401')).body.code).toBe('FORBIDDEN');
      expect(
        (await push(supervisor, [{ collection: 'people', id: 'x', baseRev: 0, data: personData() }])).body
          .code,
      ).toBe('FORBIDDEN');
    });

    it('site profiles are national, written by admins and read-only for officers', async () => {
      expect(
        (await push(a, [{ collection: 'profiles', id: 'lhr', baseRev: 0, data: practiceProfile }])).body.code,
      ).toBe('FORBIDDEN');
      const broken = await push(admin, [
        { collection: 'profiles', id: 'lhr', baseRev: 0, data: { ...practiceProfile, origins: ['nope'] } },
      ]);
      expect([broken.status, broken.body.code]).toEqual([400, 'INVALID_MESSAGE']);
      expect(
        (await push(admin, [{ collection: 'profiles', id: 'lhr', baseRev: 0, data: practiceProfile }]))
          .status,
      ).toBe(200);
      const seen = await pull(b, 'collection=profiles');
      expect(seen.body.records.map((r: { id: string }) => r.id)).toEqual(['lhr']);
    });
  });

  describe('bad input gets a clear 4xx with a stable code, never a 500', () => {
    it.each([
      ['malformed JSON', '{"idempotencyKey":', 'INVALID_MESSAGE', 400],
      [
        'unknown collection',
        {
          idempotencyKey: key(),
          changes: [{ collection: 'secrets', id: 'x', baseRev: 0, data: personData() }],
        },
        'INVALID_MESSAGE',
        400,
      ],
      ['extra fields', { idempotencyKey: key(), changes: [], extra: 1 }, 'INVALID_MESSAGE', 400],
      [
        'negative base revision',
        {
          idempotencyKey: key(),
          changes: [{ collection: 'people', id: 'x', baseRev: -1, data: personData() }],
        },
        'INVALID_MESSAGE',
        400,
      ],
      [
        'a record over 64 KiB',
        {
          idempotencyKey: key(),
          changes: [{ collection: 'people', id: 'x', baseRev: 0, data: personData('x'.repeat(70_000)) }],
        },
        'PAYLOAD_TOO_LARGE',
        413,
      ],
      [
        'a body over 512 KiB',
        {
          idempotencyKey: key(),
          changes: [{ collection: 'people', id: 'x', baseRev: 0, data: personData('x'.repeat(600_000)) }],
        },
        'PAYLOAD_TOO_LARGE',
        413,
      ],
    ])('%s', async (_what, body, code, status) => {
      const res = await request(t.app)
        .post('/v1/sync/push')
        .set('authorization', `Bearer ${a}`)
        .set('content-type', 'application/json')
        .send(typeof body === 'string' ? body : JSON.stringify(body));
      expect([res.status, res.body.code]).toEqual([status, code]);
    });

    it.each([
      ['a charset other than UTF-8', { 'content-type': 'application/json; charset=latin1' }],
      ['a compressed body', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    ])('%s is refused with INVALID_MESSAGE', async (_what, headers) => {
      const res = await request(t.app)
        .post('/v1/sync/push')
        .set('authorization', `Bearer ${a}`)
        .set(headers)
        .send(JSON.stringify({ idempotencyKey: key(), changes: [] }));
      expect([res.status, res.body.code]).toEqual([400, 'INVALID_MESSAGE']);
    });

    it('a bad pull query and an unknown route', async () => {
      expect((await pull(a, 'collection=people&cursor=-5')).body.code).toBe('INVALID_MESSAGE');
      expect((await request(t.app).get('/v1/nothing').set('authorization', `Bearer ${a}`)).status).toBe(404);
    });

    it('logs no personal data', async () => {
      await push(a, [
        { collection: 'people', id: '1101700207030', baseRev: 0, data: personData('สมชาย', '1101700207030') },
      ]);
      expect(t.logText()).not.toContain('1101700207030');
      expect(t.logText()).not.toContain('สมชาย');
    });
  });

  it('sets security headers and rate-limits logins', async () => {
    const health = await request(t.app).get('/v1/health');
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
    const limited = await startTestApp('sqlite', { loginPerMinute: 3 });
    const codes = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await request(limited.app).post('/v1/auth/login').send({ username: 'x', password: 'y' })).status,
      );
    expect(codes).toEqual([401, 401, 401, 429]);
    await limited.drop();
  });
});
