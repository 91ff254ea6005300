import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/app-harness';
import { DATABASE_KINDS } from '../test-support/databases';
import { peopleChanges, person, pushBodies, readiness } from './province-fixtures';
import { BACKFILL_POSTGRES, BACKFILL_SQLITE } from './province-migration';

const TABLES = ['people_counts', 'org_readiness', 'org_activity', 'readiness_history'] as const;

describe.each(DATABASE_KINDS)('province summaries: migration backfill = triggers (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t.drop();
  });

  const snapshot = async () => {
    const out: Record<string, unknown[]> = {};
    for (const table of TABLES) {
      const rows = await t.db.selectFrom(table).selectAll().execute();
      out[table] = rows
        .filter((r) => !('n' in r) || Number(r.n) > 0)
        .map((r) => JSON.stringify(r))
        .sort();
    }
    return out;
  };

  it('rebuilds from records exactly what the triggers kept', async () => {
    const { accessToken } = await t.login('officer-a');
    const retired = person('6500101', 3, 'teacher', 'retired');
    const report = readiness('6500101', { peopleTotal: 2, peopleComplete: 1, deadline: '2026-09-30' });
    const changes = [
      ...peopleChanges([person('6500101', 1, 'civil-servant'), person('6500101', 2, 'teacher'), retired]),
      { collection: 'readiness' as const, id: 'latest', baseRev: 0, data: report },
      {
        collection: 'readiness' as const,
        id: 'certified-2026-09-01T00:00:00Z',
        baseRev: 0,
        data: { ...report, certifiedAt: '2026-09-01T00:00:00Z' },
      },
    ];
    for (const body of pushBodies(changes))
      expect(
        (await request(t.app).post('/v1/sync/push').set('authorization', `Bearer ${accessToken}`).send(body))
          .status,
      ).toBe(200);
    const kept = await snapshot();
    expect(kept.people_counts).toHaveLength(2);
    expect(kept.readiness_history).toHaveLength(2);
    for (const table of TABLES) await t.db.deleteFrom(table).execute();
    for (const statement of kind === 'postgres' ? BACKFILL_POSTGRES : BACKFILL_SQLITE)
      await sql.raw(statement).execute(t.db);
    expect(await snapshot()).toEqual(kept);
  });
});
