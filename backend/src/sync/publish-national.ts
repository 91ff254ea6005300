import type { Kysely } from 'kysely';
import type { CollectionName } from '../../../shared/sync/collections';
import { collectionSpec } from '../../../shared/sync/collections';
import type { DB } from '../db/schema';
import { NATIONAL } from './scope';

/**
 * Writes records into the national stream from the server itself (the admin CLI), as an admin's push would: each
 * changed record gets the next revision and sequence number, so every extension pulls it. Records whose data is
 * unchanged are left alone — a monthly re-import of 7,850 อปท. then sends clients only what changed.
 * Returns how many records were written.
 */
export async function publishNational(
  db: Kysely<DB>,
  collection: CollectionName,
  records: readonly { id: string; data: Record<string, unknown> }[],
  by: string,
  now: Date = new Date(),
): Promise<number> {
  const spec = collectionSpec(collection);
  if (spec.scope !== 'national') throw new Error(`${collection} is not a national collection`);
  for (const r of records) spec.schema.parse(r.data);
  return db.transaction().execute(async (trx) => {
    const current = new Map(
      (
        await trx
          .selectFrom('records')
          .select(['record_id', 'rev', 'data'])
          .where('org_code', '=', NATIONAL)
          .where('collection', '=', collection)
          .execute()
      ).map((r) => [r.record_id, r]),
    );
    const changed = records.filter((r) => current.get(r.id)?.data !== JSON.stringify(r.data));
    if (changed.length === 0) return 0;
    // Reserve the sequence numbers first, as SyncStore.push does (the stream's row is the write lock).
    const { next_seq } = await trx
      .insertInto('sync_streams')
      .values({ org_code: NATIONAL, next_seq: changed.length, purged_seq: 0 })
      .onConflict((oc) =>
        oc
          .column('org_code')
          .doUpdateSet((eb) => ({ next_seq: eb(eb.ref('sync_streams.next_seq'), '+', changed.length) })),
      )
      .returning('next_seq')
      .executeTakeFirstOrThrow();
    let seq = Number(next_seq) - changed.length + 1;
    const at = now.toISOString();
    for (const r of changed) {
      const row = {
        rev: (current.get(r.id)?.rev ?? 0) + 1,
        seq: seq++,
        deleted: 0,
        data: JSON.stringify(r.data),
        updated_at: at,
        updated_by: by,
      };
      await trx
        .insertInto('records')
        .values({ org_code: NATIONAL, collection, record_id: r.id, ...row })
        .onConflict((oc) => oc.columns(['org_code', 'collection', 'record_id']).doUpdateSet(row))
        .execute();
    }
    return changed.length;
  });
}
