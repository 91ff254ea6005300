import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from './schema';
import type { StepRunner, Steps } from './step-runner';

interface PendingWrite {
  steps: () => Steps<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  outcome?: { ok: true; value: unknown } | { ok: false; error: unknown };
}

/**
 * SQLite: steps run synchronously through better-sqlite3, with no promise between statements, so no other request
 * can interleave with them. Only a Kysely transaction awaiting between its statements can hold the single
 * connection open; then the steps wait for Kysely's connection lock first.
 *
 * Writes are group-committed: the writes that arrive within one turn of the event loop run in one transaction, each
 * in its own savepoint (a failing write rolls back alone), and all are answered after the one commit. A commit
 * appends every page it touched to the WAL, which costs more than the statements themselves; under load one commit
 * then carries many writes. Nothing is acknowledged before its commit.
 */
export function sqliteStepRunner(
  sqlite: SQLite.Database,
  prepare: (sql: string) => SQLite.Statement,
  db: Kysely<DB>,
): StepRunner {
  const drive = <T>(steps: Steps<T>): T => {
    let next = steps.next([]);
    while (!next.done) {
      const { query, params } = next.value;
      const statement = prepare(query.sql);
      const args = query.bind(params);
      if (statement.reader) next = steps.next(statement.all(args));
      else {
        statement.run(args);
        next = steps.next([]);
      }
    }
    return next.value;
  };
  // Called inside `group`, better-sqlite3 runs this as a savepoint.
  const oneWrite = sqlite.transaction((write: PendingWrite) => drive(write.steps()));
  const group = sqlite.transaction((writes: PendingWrite[]) => {
    for (const write of writes) {
      try {
        write.outcome = { ok: true, value: oneWrite(write) };
      } catch (error) {
        write.outcome = { ok: false, error };
      }
    }
  });
  const exclusive = async <T>(run: () => T): Promise<T> =>
    sqlite.inTransaction ? db.connection().execute(async () => run()) : run();

  let queue: PendingWrite[] = [];
  const flush = async () => {
    const writes = queue;
    queue = [];
    try {
      // IMMEDIATE takes the write lock up front, so a second process on the same file (the admin CLI) waits for
      // busy_timeout instead of failing halfway.
      await exclusive(() => group.immediate(writes));
    } catch (error) {
      for (const write of writes) write.outcome = { ok: false, error };
    }
    for (const write of writes) {
      const outcome = write.outcome ?? { ok: false, error: new Error('write was not run') };
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    }
  };

  return {
    dialect: 'sqlite',
    write: <T>(steps: () => Steps<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ steps, resolve: resolve as (value: unknown) => void, reject });
        if (queue.length === 1) setImmediate(flush);
      }),
    // No transaction for reads: their statements run back to back on the one connection, so no write of this process
    // can come between them, and each statement alone reads one consistent snapshot.
    read: <T>(steps: () => Steps<T>) => exclusive(() => drive(steps())),
  };
}
