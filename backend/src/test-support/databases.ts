import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase as open } from '../db/database';

/** Tests may close a database early (before a child process takes over the file); closing again is a no-op. */
async function openDatabase(url: string): Promise<Database> {
  const database = await open(url);
  let closed: Promise<void> | undefined;
  return { ...database, close: () => (closed ??= database.close()) };
}

/** The PostgreSQL the setup script starts (role lhr_test); override with TEST_POSTGRES_URL. */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://lhr_test:lhr_test@127.0.0.1:5432/postgres';

export interface TestDatabase {
  database: Database;
  url: string;
  drop(): Promise<void>;
}

/** A fresh SQLite file, or a fresh PostgreSQL database; both are real engines, never mocks. */
export async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lhr-backend-'));
    const url = join(dir, 'test.sqlite');
    const database = await openDatabase(url);
    return {
      database,
      url,
      drop: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `lhr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_URL}: run bash scripts/setup.sh (${(error as Error).message})`,
    );
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase(url);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      // pg's pool.end() resolves before its connections have closed; terminating them under FORCE then makes their
      // clients report an error after the test has ended. Wait until they are gone; FORCE only for a stray one.
      for (let i = 0; i < 250; i++) {
        const { rows } = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const DATABASE_KINDS = ['sqlite', 'postgres'] as const;
