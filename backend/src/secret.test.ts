import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from './db/database';
import { secretFile, signingSecret } from './secret';

const dirs: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of dirs.splice(0)) await close();
});
async function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'lhr-secret-'));
  const database = await openDatabase(join(dir, 'backend.sqlite'));
  dirs.push(() => database.close());
  return { dir, database };
}
const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const inDatabase = async (database: Awaited<ReturnType<typeof fresh>>['database']) =>
  database.db.selectFrom('settings').selectAll().execute();

it('keeps the signing secret in a 0600 file beside the database, never in it, and reuses it', async () => {
  const { database } = await fresh();
  const first = text(await signingSecret(database, {}));
  const file = secretFile(database, {});
  expect(file).toBe(`${database.file}.secret`);
  expect(mode(file)).toBe('600');
  expect(readFileSync(file, 'utf8').trim()).toBe(first);
  expect(first.length).toBeGreaterThanOrEqual(40);
  expect(await inDatabase(database)).toEqual([]);
  expect(text(await signingSecret(database, {}))).toBe(first);
});

it('LHR_BACKEND_SECRET wins and writes no file; PostgreSQL without it uses the config folder', async () => {
  const { database, dir } = await fresh();
  expect(text(await signingSecret(database, { LHR_BACKEND_SECRET: 'from-env-0123456789' }))).toBe(
    'from-env-0123456789',
  );
  expect(() => statSync(secretFile(database, {}))).toThrow();
  expect(secretFile({ file: null }, { LHR_BACKEND_HOME: join(dir, 'conf') })).toBe(
    join(dir, 'conf', 'secret'),
  );
});

it('moves a secret an older version kept in the database out of it, so issued tokens stay valid', async () => {
  const { database } = await fresh();
  await database.db
    .insertInto('settings')
    .values({ key: 'jwt_secret', value: 'old-secret-in-db-0123' })
    .execute();
  expect(text(await signingSecret(database, {}))).toBe('old-secret-in-db-0123');
  expect(await inDatabase(database)).toEqual([]);
  expect(readFileSync(secretFile(database, {}), 'utf8').trim()).toBe('old-secret-in-db-0123');
});

it('tightens a secret file that others could read', async () => {
  const { database } = await fresh();
  writeFileSync(secretFile(database, {}), 'loose-secret-0123456789\n', { mode: 0o644 });
  expect(text(await signingSecret(database, {}))).toBe('loose-secret-0123456789');
  expect(mode(secretFile(database, {}))).toBe('600');
});

it('creates the SQLite file and its WAL and SHM files readable by the owner only', async () => {
  const { database } = await fresh();
  await database.db.insertInto('settings').values({ key: 'k', value: 'v' }).execute();
  const file = database.file ?? '';
  for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, '600']);
});
