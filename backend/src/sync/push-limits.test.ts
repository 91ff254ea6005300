import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { personData } from '../test-support/person-data';

let counter = 0;
const key = () => `limits-${Date.now()}-${counter++}`.padEnd(16, 'x');

/** Nesting, byte size and idempotency keys of a push (issue 15). */
describe.each(DATABASE_KINDS)('push limits (%s)', (kind) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const u of ['officer-a', 'officer-a2']) tokens[u] = (await t.login(u)).accessToken;
  });
  afterAll(async () => {
    await t.drop();
  });
  const send = (user: string, body: string) =>
    request(t.app)
      .post('/v1/sync/push')
      .set('authorization', `Bearer ${tokens[user]}`)
      .set('content-type', 'application/json')
      .send(body);
  const push = (user: string, changes: unknown[], idempotencyKey = key()) =>
    send(user, JSON.stringify({ idempotencyKey, changes }));
  const nested = (levels: number) => `${'{"d":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const pushRaw = (data: string) =>
    send(
      'officer-a',
      `{"idempotencyKey":"${key()}","changes":[{"collection":"people","id":"deep","baseRev":0,"data":${data}}]}`,
    );

  it('refuses deeply nested record data with 400 JSON_TOO_DEEP, whatever the depth; 32 levels pass that check', async () => {
    // 2,000 levels are 12 KB: the size that answered 500
    for (const levels of [33, 36, 200, 2_000]) {
      const res = await pushRaw(nested(levels));
      expect([levels, res.status, res.body.code]).toEqual([levels, 400, 'JSON_TOO_DEEP']);
    }
    // 32 levels pass the depth check and reach the schema check (no PersonRecord nests that deep): a plain 400.
    const fine = await pushRaw(nested(32));
    expect([fine.status, fine.body.code]).toEqual([400, 'INVALID_MESSAGE']);
  });

  it('counts a record in UTF-8 bytes: 30,000 Thai characters (90 KB) are over 64 KiB', async () => {
    const thai = await push('officer-a', [
      { collection: 'people', id: 'thai-big', baseRev: 0, data: personData('ก'.repeat(30_000)) },
    ]);
    expect([thai.status, thai.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const fits = await push('officer-a', [
      { collection: 'people', id: 'thai-fits', baseRev: 0, data: personData('ก'.repeat(21_000)) },
    ]);
    expect(fits.status).toBe(200);
  });

  it('refuses an idempotency key reused with other changes, and applies nothing of them', async () => {
    const idempotencyKey = key();
    const first = await push(
      'officer-a',
      [{ collection: 'people', id: 'idem-1', baseRev: 0, data: personData('1') }],
      idempotencyKey,
    );
    expect(first.body.applied).toHaveLength(1);
    const same = await push(
      'officer-a',
      [{ collection: 'people', id: 'idem-1', baseRev: 0, data: personData('1') }],
      idempotencyKey,
    );
    expect(same.body).toEqual(first.body);
    const other = await push(
      'officer-a',
      [{ collection: 'people', id: 'idem-2', baseRev: 0, data: personData('2') }],
      idempotencyKey,
    );
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    const pulled = await request(t.app)
      .get('/v1/sync/pull?collection=people')
      .set('authorization', `Bearer ${tokens['officer-a']}`);
    expect(pulled.body.records.map((r: { id: string }) => r.id)).not.toContain('idem-2');
  });

  it('keys belong to the user: another officer of the same อปท. using the same key gets his own push applied', async () => {
    const idempotencyKey = key();
    const mine = await push(
      'officer-a',
      [{ collection: 'people', id: 'idem-a', baseRev: 0, data: personData('a') }],
      idempotencyKey,
    );
    const theirs = await push(
      'officer-a2',
      [{ collection: 'people', id: 'idem-a2', baseRev: 0, data: personData('b') }],
      idempotencyKey,
    );
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    expect(theirs.body.applied.map((a: { id: string }) => a.id)).toEqual(['idem-a2']);
  });
});
