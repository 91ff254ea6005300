import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations';
import type { DB } from './schema';

export interface Database {
  db: Kysely<DB>;
  dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/**
 * PostgreSQL when `url` starts with postgres://, else an embedded SQLite file (the default for one province or a
 * laptop). SQLite runs in WAL mode with full sync, so an acknowledged write survives a crash of the process.
 */
export async function openDatabase(url: string): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // Sequences are bigint; numbers in this app stay far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db as Kysely<unknown>);
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:/, '');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db as Kysely<unknown>);
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
