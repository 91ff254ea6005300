import type { Compilable, CompiledQuery, QueryResult } from 'kysely';

const MARK = '\u0000lhr-param:';

/**
 * A named stand-in for a value while a prepared query is built. Typed as whatever the column needs, so the query
 * still type-checks against the schema; it never reaches the database.
 */
export function param<T = string>(name: string): T {
  return `${MARK}${name}` as unknown as T;
}

/** Anything that runs a compiled query: a Kysely instance or a transaction. */
export interface QueryRunner {
  executeQuery<O>(query: CompiledQuery<O>): Promise<QueryResult<O>>;
}

export interface PreparedQuery<P extends Record<string, unknown>, R> {
  readonly sql: string;
  /** The parameter list for `sql`, in order. */
  bind(params: P): unknown[];
  run(executor: QueryRunner, params: P): Promise<QueryResult<R>>;
}

/**
 * A query built and compiled by Kysely once, then run many times with new parameters. Building and compiling cost
 * more than running a small statement on SQLite, so the sync hot path prepares its queries at start-up.
 * Constants in the query (a `+ 1`, a fixed flag) stay as compiled; only `param()` slots are replaced.
 */
export function prepareQuery<P extends Record<string, unknown>, R = unknown>(
  query: Compilable<R>,
): PreparedQuery<P, R> {
  const compiled = query.compile();
  const slots = compiled.parameters.map((value) =>
    typeof value === 'string' && value.startsWith(MARK) ? value.slice(MARK.length) : undefined,
  );
  const bind = (params: P) =>
    compiled.parameters.map((value, i) => {
      const name = slots[i];
      if (name === undefined) return value;
      if (!(name in params)) throw new Error(`prepared query is missing parameter "${name}"`);
      return params[name];
    });
  return {
    sql: compiled.sql,
    bind,
    run(executor, params) {
      const bound: CompiledQuery<R> = { ...compiled, parameters: bind(params) };
      return executor.executeQuery(bound);
    },
  };
}
