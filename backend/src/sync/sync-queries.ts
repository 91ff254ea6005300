import type { Kysely } from 'kysely';
import { param, prepareQuery } from '../db/prepared';
import type { DB } from '../db/schema';
import { moreAfterQuery, pageJsonQuery } from './page-json-query';

type Org = { org: string };
type RecordKey = Org & { collection: string; id: string };
type RecordRow = DB['records'];

/** The statements of push and pull, compiled once per database (see prepared.ts for why). */
export function syncQueries(db: Kysely<DB>, dialect: 'sqlite' | 'postgres') {
  const row = {
    rev: param<number>('rev'),
    seq: param<number>('seq'),
    deleted: param<number>('deleted'),
    data: param<string | null>('data'),
    updated_at: param<string>('at'),
    updated_by: param<string>('by'),
  };
  return {
    createStream: prepareQuery<Org>(
      db
        .insertInto('sync_streams')
        .values({ org_code: param('org'), next_seq: 0, purged_seq: 0 })
        .onConflict((oc) => oc.column('org_code').doNothing()),
    ),
    /** PostgreSQL: takes the stream row's lock, so pushes of one org run one after another. */
    lockStream: prepareQuery<Org>(
      db
        .updateTable('sync_streams')
        .set((eb) => ({ next_seq: eb.ref('next_seq') }))
        .where('org_code', '=', param('org')),
    ),
    nextSeq: prepareQuery<Org, { next_seq: number }>(
      db
        .updateTable('sync_streams')
        .set((eb) => ({ next_seq: eb('next_seq', '+', 1) }))
        .where('org_code', '=', param('org'))
        .returning('next_seq'),
    ),
    loggedPush: prepareQuery<Org & { user: string; key: string }, { response: string; request_hash: string }>(
      db
        .selectFrom('push_log')
        .select(['response', 'request_hash'])
        .where('org_code', '=', param('org'))
        .where('user_id', '=', param('user'))
        .where('idempotency_key', '=', param('key')),
    ),
    logPush: prepareQuery<Org & { user: string; key: string; hash: string; response: string; at: string }>(
      db.insertInto('push_log').values({
        org_code: param('org'),
        user_id: param('user'),
        idempotency_key: param('key'),
        request_hash: param('hash'),
        response: param('response'),
        created_at: param('at'),
      }),
    ),
    record: prepareQuery<RecordKey, RecordRow>(
      db
        .selectFrom('records')
        .selectAll()
        .where('org_code', '=', param('org'))
        .where('collection', '=', param('collection'))
        .where('record_id', '=', param('id')),
    ),
    saveRecord: prepareQuery<
      RecordKey & { rev: number; seq: number; deleted: number; data: string | null; at: string; by: string }
    >(
      db
        .insertInto('records')
        .values({ org_code: param('org'), collection: param('collection'), record_id: param('id'), ...row })
        .onConflict((oc) => oc.columns(['org_code', 'collection', 'record_id']).doUpdateSet(row)),
    ),
    page: pageJsonQuery(db, dialect),
    moreAfter: moreAfterQuery(db),
    oldTombstones: prepareQuery<{ before: string }, { org_code: string; max_seq: number; n: number }>(
      db
        .selectFrom('records')
        .select([
          'org_code',
          (eb) => eb.fn.max('seq').as('max_seq'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where('deleted', '=', 1)
        .where('updated_at', '<', param('before'))
        .groupBy('org_code'),
    ),
    dropTombstones: prepareQuery<Org & { upTo: number }>(
      db
        .deleteFrom('records')
        .where('org_code', '=', param('org'))
        .where('deleted', '=', 1)
        .where('seq', '<=', param<number>('upTo')),
    ),
    oldPushes: prepareQuery<{ before: string }, { n: number }>(
      db
        .selectFrom('push_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('created_at', '<', param('before')),
    ),
    forgetPushes: prepareQuery<{ before: string }>(
      db.deleteFrom('push_log').where('created_at', '<', param('before')),
    ),
    setPurged: prepareQuery<Org & { upTo: number }>(
      db
        .updateTable('sync_streams')
        .set({ purged_seq: param<number>('upTo') })
        .where('org_code', '=', param('org')),
    ),
  };
}

export type SyncQueries = ReturnType<typeof syncQueries>;
