import { type Kysely, sql } from 'kysely';
import { param, prepareQuery } from '../db/prepared';
import type { DB } from '../db/schema';

export type PageParams = { org: string; collection: string; cursor: number; limit: number };
export type PageRow = {
  n: number;
  last: number | null;
  items: Buffer | string | null;
  purged: number | null;
};

/**
 * One page of a pull, rendered as the JSON of its records by the database itself. Record data is stored as JSON
 * text, so it is spliced in as is; turning a hundred rows into objects and back into text cost more than the rest
 * of the request. The two engines differ only in how they quote a string and join the rows.
 */
export function pageJsonQuery(db: Kysely<DB>, dialect: 'sqlite' | 'postgres') {
  const quote = (column: string) =>
    dialect === 'sqlite' ? sql`json_quote(${sql.ref(column)})` : sql`to_json(${sql.ref(column)})::text`;
  // The collection is one of the names declared in shared/sync/collections.ts (checked on every push): no quoting.
  const item = sql`'{"collection":"' || collection || '","id":' || ${quote('record_id')}
    || ',"rev":' || rev || ',"seq":' || seq || ',"deleted":' || (case when deleted = 1 then 'true' else 'false' end)
    || ',"data":' || coalesce(data, 'null') || '}'`;
  // SQLite hands the joined text over as bytes: turning kilobytes of Thai UTF-8 into a JavaScript string, only to
  // encode it back for the socket, cost more than building it.
  const joined =
    dialect === 'sqlite'
      ? sql`cast(group_concat(${item}, ',' order by seq) as blob)`
      : sql`string_agg(${item}, ',' order by seq)`;
  const page = db
    .selectFrom('records')
    .select(['collection', 'record_id', 'rev', 'seq', 'deleted', 'data'])
    .where('org_code', '=', param('org'))
    .where('collection', '=', param('collection'))
    .where('seq', '>', param<number>('cursor'))
    .orderBy('seq')
    // A bare `LIMIT ?` makes SQLite (built with STAT4) plan the statement again on every run; a cast does not.
    .limit(sql<number>`cast(${param<number>('limit')} as integer)`)
    .as('page');
  return prepareQuery<PageParams, PageRow>(
    db.selectFrom(page).select((eb) => [
      sql<number>`count(*)`.as('n'),
      sql<number | null>`max(seq)`.as('last'),
      sql<Buffer | string | null>`${joined}`.as('items'),
      // The stream's purge point comes along, so a pull is one statement.
      eb.selectFrom('sync_streams').select('purged_seq').where('org_code', '=', param('org')).as('purged'),
    ]),
  );
}

/** Whether anything follows `cursor` in a stream's collection (asked only when a page came back full). */
export function moreAfterQuery(db: Kysely<DB>) {
  return prepareQuery<Omit<PageParams, 'limit'>, { seq: number }>(
    db
      .selectFrom('records')
      .select('seq')
      .where('org_code', '=', param('org'))
      .where('collection', '=', param('collection'))
      .where('seq', '>', param<number>('cursor'))
      .orderBy('seq')
      .limit(sql<number>`1`),
  );
}
