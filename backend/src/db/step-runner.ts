import type { Kysely } from 'kysely';
import type { PreparedQuery, QueryRunner } from './prepared';
import type { DB } from './schema';

/** One statement a step function asks for; the runner executes it and hands the rows back. */
export interface Step {
  // biome-ignore lint/suspicious/noExplicitAny: a step carries any prepared query; `rows()` keeps callers typed
  query: PreparedQuery<any, unknown>;
  params: Record<string, unknown>;
}

/** A transaction written once as a generator of statements, so the same code runs on both engines. */
export type Steps<T> = Generator<Step, T, unknown[]>;

/** Inside a step function: `const [row] = yield* rows(q.record, { ... })`. */
export function* rows<P extends Record<string, unknown>, R>(
  query: PreparedQuery<P, R>,
  params: P,
): Generator<Step, R[], unknown[]> {
  return (yield { query, params }) as R[];
}

export interface StepRunner {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs the steps in one write transaction. */
  write<T>(steps: () => Steps<T>): Promise<T>;
  /** Runs read-only steps (one read transaction on SQLite; statement by statement on PostgreSQL). */
  read<T>(steps: () => Steps<T>): Promise<T>;
}

/** PostgreSQL: the same steps, awaited one statement at a time inside a Kysely transaction. */
export function postgresStepRunner(db: Kysely<DB>): StepRunner {
  const drive = async <T>(executor: QueryRunner, steps: Steps<T>): Promise<T> => {
    let next = steps.next([]);
    while (!next.done) {
      const { query, params } = next.value;
      next = steps.next((await query.run(executor, params)).rows);
    }
    return next.value;
  };
  return {
    dialect: 'postgres',
    write: (steps) => db.transaction().execute((trx) => drive(trx, steps())),
    read: (steps) => drive(db, steps()),
  };
}
