import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../test-support/databases';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase('postgres');
});
afterAll(async () => {
  await t.drop();
});

it('a pooled PostgreSQL connection terminated while idle does not end the process; the next query reconnects', async () => {
  await t.database.db.selectFrom('orgs').select('code').execute();
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  // every other backend of this database: the pool's idle connection
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  await admin.end();
  // the idle client's error arrives asynchronously; an unhandled one would fail this test file
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await t.database.db.selectFrom('orgs').select('code').execute()).toEqual([]);
});
