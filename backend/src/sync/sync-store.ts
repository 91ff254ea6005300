import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { PullQuery, PushRequest, PushResponse, SyncedRecord } from '../../../shared/protocol/sync';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';
import { readableOrg, writableOrg } from './scope';

const MAX_RECORD_BYTES = 64 * 1024;

function toSynced(row: DB['records']): SyncedRecord {
  return {
    collection: row.collection as SyncedRecord['collection'],
    id: row.record_id,
    rev: row.rev,
    seq: Number(row.seq),
    deleted: row.deleted === 1,
    data: row.data === null ? null : (JSON.parse(row.data) as Record<string, unknown>),
  };
}

const knownStreams = new WeakMap<object, Set<string>>();

async function lockStream(
  trx: Transaction<DB>,
  org: string,
  db: object,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  const known = knownStreams.get(db) ?? new Set<string>();
  knownStreams.set(db, known);
  if (!known.has(org)) {
    await trx
      .insertInto('sync_streams')
      .values({ org_code: org, next_seq: 0, purged_seq: 0 })
      .onConflict((oc) => oc.column('org_code').doNothing())
      .execute();
    known.add(org);
  }
  // On PostgreSQL, taking the stream row first serialises pushes of one org: sequence numbers follow commit order,
  // and every read below sees what earlier pushes committed. SQLite runs one transaction at a time anyway.
  if (dialect === 'postgres') {
    await trx
      .updateTable('sync_streams')
      .set((eb) => ({ next_seq: eb.ref('next_seq') }))
      .where('org_code', '=', org)
      .execute();
  }
}

/** Push and pull over the per-org change sequence (docs/sync-protocol.md). */
export class SyncStore {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date = () => new Date(),
    private readonly dialect: 'sqlite' | 'postgres' = 'sqlite',
  ) {}

  async push(caller: Caller, request: PushRequest): Promise<PushResponse> {
    const orgs = new Set(request.changes.map((c) => writableOrg(caller, c.collection)));
    if (orgs.size !== 1)
      throw new AppError('INVALID_MESSAGE', 'one push writes one stream (profiles are pushed alone)');
    const [org] = orgs as Set<string> & { values(): IterableIterator<string> };
    for (const c of request.changes) {
      if (c.data && JSON.stringify(c.data).length > MAX_RECORD_BYTES)
        throw new AppError('PAYLOAD_TOO_LARGE', `record ${c.id} is over 64 KiB`);
    }
    const stream = org as string;
    return this.db.transaction().execute(async (trx) => {
      await lockStream(trx, stream, this.db, this.dialect);
      const logged = await trx
        .selectFrom('push_log')
        .select('response')
        .where('org_code', '=', stream)
        .where('idempotency_key', '=', request.idempotencyKey)
        .executeTakeFirst();
      if (logged) return JSON.parse(logged.response) as PushResponse;
      const response: PushResponse = { applied: [], conflicts: [] };
      const at = this.now().toISOString();
      for (const change of request.changes) {
        const current = await trx
          .selectFrom('records')
          .selectAll()
          .where('org_code', '=', stream)
          .where('collection', '=', change.collection)
          .where('record_id', '=', change.id)
          .executeTakeFirst();
        const rev = current?.rev ?? 0;
        if (change.baseRev !== rev) {
          const server = current
            ? toSynced(current)
            : { collection: change.collection, id: change.id, rev: 0, seq: 0, deleted: true, data: null };
          response.conflicts.push({ change, server });
          continue;
        }
        const { next_seq: seq } = await trx
          .updateTable('sync_streams')
          .set((eb) => ({ next_seq: eb('next_seq', '+', 1) }))
          .where('org_code', '=', stream)
          .returning('next_seq')
          .executeTakeFirstOrThrow();
        const row = {
          rev: rev + 1,
          seq: Number(seq),
          deleted: change.data === null ? 1 : 0,
          data: change.data === null ? null : JSON.stringify(change.data),
          updated_at: at,
          updated_by: caller.userId,
        };
        await trx
          .insertInto('records')
          .values({ org_code: stream, collection: change.collection, record_id: change.id, ...row })
          .onConflict((oc) => oc.columns(['org_code', 'collection', 'record_id']).doUpdateSet(row))
          .execute();
        response.applied.push({ collection: change.collection, id: change.id, rev: row.rev, seq: row.seq });
      }
      await trx
        .insertInto('push_log')
        .values({
          org_code: stream,
          idempotency_key: request.idempotencyKey,
          response: JSON.stringify(response),
          created_at: at,
        })
        .execute();
      return response;
    });
  }

  /**
   * The pull answer as JSON text. Record data is stored as JSON text already, so it is spliced in as is instead of
   * being parsed and serialised again for every record of every page.
   */
  async pullJson(caller: Caller, query: PullQuery): Promise<string> {
    const org = await readableOrg(this.db, caller, query.collection, query.org);
    const stream = await this.db
      .selectFrom('sync_streams')
      .selectAll()
      .where('org_code', '=', org)
      .executeTakeFirst();
    if (stream && query.cursor > 0 && query.cursor < Number(stream.purged_seq)) {
      throw new AppError(
        'RESET_REQUIRED',
        'ข้อมูลเก่าเกินไป ต้องดึงข้อมูลใหม่ทั้งหมด (cursor too old: pull again from 0)',
      );
    }
    const rows = await this.db
      .selectFrom('records')
      .selectAll()
      .where('org_code', '=', org)
      .where('collection', '=', query.collection)
      .where('seq', '>', query.cursor)
      .orderBy('seq')
      .limit(query.limit + 1)
      .execute();
    const page = rows.slice(0, query.limit);
    const records = page.map(
      (r) =>
        `{"collection":${JSON.stringify(r.collection)},"id":${JSON.stringify(r.record_id)},"rev":${r.rev},"seq":${Number(r.seq)},"deleted":${r.deleted === 1},"data":${r.data ?? 'null'}}`,
    );
    const cursor = page.length > 0 ? Number(page[page.length - 1]?.seq) : query.cursor;
    return `{"records":[${records.join(',')}],"cursor":${cursor},"hasMore":${rows.length > query.limit}}`;
  }

  /** Forgets tombstones older than `before`; clients whose cursor is older must pull again from 0. */
  async purgeTombstones(before: Date): Promise<number> {
    const old = await this.db
      .selectFrom('records')
      .select(['org_code', (eb) => eb.fn.max('seq').as('max_seq'), (eb) => eb.fn.countAll().as('n')])
      .where('deleted', '=', 1)
      .where('updated_at', '<', before.toISOString())
      .groupBy('org_code')
      .execute();
    let removed = 0;
    for (const o of old) {
      await this.db.transaction().execute(async (trx) => {
        await lockStream(trx, o.org_code, this.db, this.dialect);
        await trx
          .deleteFrom('records')
          .where('org_code', '=', o.org_code)
          .where('deleted', '=', 1)
          .where('seq', '<=', Number(o.max_seq))
          .execute();
        await trx
          .updateTable('sync_streams')
          .set({ purged_seq: Number(o.max_seq) })
          .where('org_code', '=', o.org_code)
          .execute();
      });
      removed += Number(o.n);
    }
    return removed;
  }
}
