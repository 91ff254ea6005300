import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { draft } from '../test-support/draft';

const CITIZEN = '1101700207030';
const NAME = 'สมชาย';
let counter = 0;
const key = () => `privacy-${Date.now()}-${counter++}`.padEnd(16, 'x');

/**
 * Every error answer is scanned for personal data: requests carry a citizen ID and a Thai name in every place a
 * message could echo (record ids, keys, values, queries, paths), and no error body may contain either.
 */
describe.each(DATABASE_KINDS)('error answers carry no personal data (%s)', (kind) => {
  let t: TestApp;
  let officer = '';
  let supervisor = '';
  beforeAll(async () => {
    t = await startTestApp(kind);
    officer = (await t.login('officer-a')).accessToken;
    supervisor = (await t.login('supervisor-cm')).accessToken;
  });
  afterAll(async () => {
    await t.drop();
  });

  const pushAs = (token: string, body: unknown) =>
    request(t.app)
      .post('/v1/sync/push')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  const push = (changes: unknown[]) => pushAs(officer, { idempotencyKey: key(), changes });
  const person = (data: unknown, id = CITIZEN) => [{ collection: 'people', id, baseRev: 0, data }];
  let deep: unknown = { id: CITIZEN, name: NAME };
  for (let i = 0; i < 40; i++) deep = { d: deep };
  const reusedKey = key();

  const cases: Array<[string, () => Promise<request.Response>]> = [
    ['a record over 64 KiB', () => push(person({ name: NAME.repeat(20_000) }))],
    ['an id with a control character', () => push(person({ name: NAME }, `${CITIZEN}\u0000`))],
    [
      'a draft off its schema',
      () => push([{ collection: 'drafts', id: CITIZEN, baseRev: 0, data: { [CITIZEN]: NAME } }]),
    ],
    [
      'a draft with an unknown key',
      () =>
        push([{ collection: 'drafts', id: CITIZEN, baseRev: 0, data: { ...draft(NAME), [CITIZEN]: NAME } }]),
    ],
    ['record data that is not an object', () => push(person([CITIZEN, NAME]))],
    ['record data nested too deep', () => push(person(deep))],
    [
      'a supervisor writing',
      () => pushAs(supervisor, { idempotencyKey: key(), changes: person({ name: NAME }) }),
    ],
    ['malformed JSON', () => pushAs(officer, `{"idempotencyKey":"${CITIZEN}","changes":[{"id":"${NAME}"`)],
    [
      'an idempotency key reused with other changes',
      async () => {
        await pushAs(officer, { idempotencyKey: reusedKey, changes: person({ n: 1 }, `${CITIZEN}-k`) });
        return pushAs(officer, {
          idempotencyKey: reusedKey,
          changes: person({ name: NAME }, `${CITIZEN}-k`),
        });
      },
    ],
    [
      'a pull of another org',
      () =>
        request(t.app)
          .get(`/v1/sync/pull?collection=people&org=${CITIZEN}`)
          .set('authorization', `Bearer ${officer}`),
    ],
    [
      'a pull of an unknown collection',
      () =>
        request(t.app).get(`/v1/sync/pull?collection=${CITIZEN}`).set('authorization', `Bearer ${officer}`),
    ],
    [
      'an unknown route',
      () => request(t.app).get(`/v1/people/${CITIZEN}`).set('authorization', `Bearer ${officer}`),
    ],
    [
      'a failed login',
      () => request(t.app).post('/v1/auth/login').send({ username: CITIZEN, password: NAME }),
    ],
    [
      'an audit upload off its schema',
      () =>
        request(t.app)
          .post('/v1/audit')
          .set('authorization', `Bearer ${officer}`)
          .send({ deviceId: `${CITIZEN}-device-x`, events: [{ time: CITIZEN, event: NAME.repeat(20) }] }),
    ],
  ];

  it.each(cases)('%s', async (_what, send) => {
    const res = await send();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(Object.keys(res.body).sort()).toEqual(['code', 'message']);
    expect(res.text).not.toContain(CITIZEN);
    expect(res.text).not.toContain(NAME);
    expect(t.logText()).not.toContain(CITIZEN);
  });
});
