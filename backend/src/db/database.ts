import { chmodSync, closeSync, openSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations';
import type { DB } from './schema';

export interface Database {
  db: Kysely<DB>;
  dialect: 'sqlite' | 'postgres';
  /** the SQLite file; null on PostgreSQL */
  file: string | null;
  close(): Promise<void>;
}

/**
 * PostgreSQL when `url` starts with postgres://, else an embedded SQLite file (the default for one province or a
 * laptop). Both are used through the same Kysely queries. SQLite runs in WAL mode, so an acknowledged write survives
 * a crash of the process (tested with SIGKILL).
 */
export async function openDatabase(url: string): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.PG_POOL_MAX ?? 10),
      Client: PreparingClient,
    });
    // pg-pool drops an idle connection that fails (PostgreSQL restarted, the connection terminated by an admin) and
    // the next query opens a new one; without a listener that error would end the whole backend process.
    pool.on('error', () => {});
    // Sequences are bigint; numbers in this app stay far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db as Kysely<unknown>);
    return { db, dialect: 'postgres', file: null, close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:/, '');
  createPrivately(file);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit survives a crash of the process (SIGKILL, tested); only an OS crash or power loss may
  // drop the last commits, never corrupt the file. A national deployment runs on PostgreSQL.
  sqlite.pragma('synchronous = NORMAL');
  // Another process on the same file (the admin CLI) waits for the write lock instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Kysely prepares every statement anew; better-sqlite3 statements are reusable, so they are kept by SQL text.
  // Kept because bench:backend showed it: without it a push took 920 instead of 670 µs of CPU on SQLite (27 % less
  // with it; one-load.ts, 3 runs each).
  const statements = new Map<string, SQLite.Statement>();
  const cached = Object.assign(Object.create(sqlite) as SQLite.Database, {
    prepare: (source: string) => {
      let statement = statements.get(source);
      if (!statement) {
        statement = sqlite.prepare(source);
        if (statements.size > 500) statements.clear();
        statements.set(source, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cached }) });
  await migrate(db as Kysely<unknown>);
  return { db, dialect: 'sqlite', file, close: () => db.destroy() };
}

/**
 * Creates the SQLite file readable by its owner only (0600), or tightens an existing one. SQLite gives the -wal and
 * -shm files it creates the mode of the database file, so they are private too.
 */
function createPrivately(file: string): void {
  if (file === ':memory:' || file === '') return;
  closeSync(openSync(file, 'a', 0o600));
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
}

const statementNames = new Map<string, string>();
const MAX_NAMED = 1000;

/**
 * Kept because bench:backend showed it: PostgreSQL's CPU per request of the deadline peak mix went from 370–385 to
 * 240–260 µs (a third less), Node's unchanged.
 *
 * pg's client with every parameterised statement named, so each pooled connection parses and plans it once (pg's
 * own prepared statements) instead of on every call. Kysely sends its SQL text with parameters; the text names the
 * statement. Past MAX_NAMED distinct texts (IN-lists of varying length), new ones run unnamed.
 */
class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; this only adds a name to one form
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      let name = statementNames.get(config);
      if (!name && statementNames.size < MAX_NAMED) {
        name = `lhr${statementNames.size}`;
        statementNames.set(config, name);
      }
      if (name) return super.query({ name, text: config, values }, callback);
    }
    return super.query(config, values, callback);
  }
}
