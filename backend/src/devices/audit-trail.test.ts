import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';

describe.each(DATABASE_KINDS)('device audit trail (%s)', (kind) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const u of ['officer-a', 'officer-a2']) tokens[u] = (await t.login(u)).accessToken;
  });
  afterAll(async () => {
    await t.drop();
  });
  const as = (user: string, path: string, body: object) =>
    request(t.app).post(path).set('authorization', `Bearer ${tokens[user]}`).send(body);
  const event = (e: string) => ({ time: '2026-12-01T09:00:00.000Z', event: e, outcome: 'ok' });
  const userId = async (username: string) =>
    (await t.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
      .id;

  it("refuses events for another officer's device of the same อปท., and records who uploaded", async () => {
    const deviceId = 'pc-of-officer-a-0001';
    expect((await as('officer-a', '/v1/devices', { deviceId })).status).toBe(201);
    const forged = await as('officer-a2', '/v1/audit', { deviceId, events: [event('card.read')] });
    expect([forged.status, forged.body.code]).toEqual([403, 'FORBIDDEN']);
    const own = await as('officer-a', '/v1/audit', { deviceId, events: [event('card.read')] });
    expect(own.body).toEqual({ stored: 1 });
    const rows = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('device_id', '=', deviceId)
      .execute();
    expect(rows.map((r) => [r.event, r.uploaded_by])).toEqual([['card.read', await userId('officer-a')]]);
    expect(rows[0]?.received_at).toMatch(/^\d{4}-/);
  });

  it('a PC registered again by another officer of the office is handed over to him', async () => {
    const deviceId = 'pc-shared-0000000002';
    await as('officer-a', '/v1/devices', { deviceId });
    expect((await as('officer-a2', '/v1/devices', { deviceId })).status).toBe(200);
    expect((await as('officer-a', '/v1/audit', { deviceId, events: [event('x')] })).status).toBe(403);
    expect((await as('officer-a2', '/v1/audit', { deviceId, events: [event('x')] })).status).toBe(200);
  });

  it('the trail is append-only: the database refuses to change or delete its rows', async () => {
    const deviceId = 'pc-append-only-00003';
    await as('officer-a', '/v1/devices', { deviceId });
    await as('officer-a', '/v1/audit', { deviceId, events: [event('kept')] });
    await expect(
      t.db
        .updateTable('audit_events')
        .set({ event: 'rewritten' })
        .where('device_id', '=', deviceId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_events').where('device_id', '=', deviceId).execute()).rejects.toThrow(
      /append-only/,
    );
    if (kind === 'postgres')
      await expect(sql`TRUNCATE audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    const rows = await t.db
      .selectFrom('audit_events')
      .select('event')
      .where('device_id', '=', deviceId)
      .execute();
    expect(rows).toEqual([{ event: 'kept' }]);
  });
});
