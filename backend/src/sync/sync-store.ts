import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { PullQuery, PushRequest, PushResponse, SyncedRecord } from '../../../shared/protocol/sync';
import { collectionSpec } from '../../../shared/sync/collections';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';
import { rows, type StepRunner, type Steps } from '../db/step-runner';
import { MAX_RECORD_DEPTH, nestedDeeperThan, tooDeep } from '../json-depth';
import { readableOrg, writableOrg } from './scope';
import { type SyncQueries, syncQueries } from './sync-queries';

const MAX_RECORD_BYTES = 64 * 1024;
const RECORDS_OPEN = Buffer.from('{"records":[');

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

/** Push and pull over the per-org change sequence (docs/sync-protocol.md). */
export class SyncStore {
  private readonly q: SyncQueries;
  /** streams known to exist, so a push does not try to create its stream every time */
  private readonly knownStreams = new Set<string>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly steps: StepRunner,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.q = syncQueries(db, steps.dialect);
  }

  private *lockStream(org: string): Steps<void> {
    if (!this.knownStreams.has(org)) yield* rows(this.q.createStream, { org });
    // On PostgreSQL, taking the stream row first serialises pushes of one org: sequence numbers follow commit order,
    // and every read below sees what earlier pushes committed. SQLite runs one transaction at a time anyway.
    if (this.steps.dialect === 'postgres') yield* rows(this.q.lockStream, { org });
  }

  async push(caller: Caller, request: PushRequest): Promise<PushResponse> {
    const orgs = new Set(request.changes.map((c) => writableOrg(caller, c.collection)));
    if (orgs.size !== 1)
      throw new AppError('INVALID_MESSAGE', 'one push writes one stream (profiles are pushed alone)');
    const [org] = orgs as Set<string> & { values(): IterableIterator<string> };
    const stored = request.changes.map((c) => (c.data === null ? null : JSON.stringify(c.data)));
    for (const [i, c] of request.changes.entries()) {
      if (nestedDeeperThan(c.data, MAX_RECORD_DEPTH)) throw tooDeep('record data');
      // Bytes, not characters: Thai text is 3 bytes a character in UTF-8 and in the database.
      if (Buffer.byteLength(stored[i] ?? '') > MAX_RECORD_BYTES)
        throw new AppError('PAYLOAD_TOO_LARGE', 'ข้อมูลรายการหนึ่งใหญ่เกิน 64 KiB (a record is over 64 KiB)');
    }
    for (const c of request.changes) {
      // Every reader of a collection trusts its shape (officers' browsers apply site profiles): a record that does
      // not match its declared schema is refused here, not found there.
      if (c.data !== null && !collectionSpec(c.collection).schema.safeParse(c.data).success)
        throw new AppError(
          'INVALID_MESSAGE',
          `ข้อมูลไม่ตรงรูปแบบของ ${c.collection} (a record does not match the ${c.collection} schema)`,
        );
    }
    // A retry resends the very request it kept, so the same changes serialise to the same text.
    const hash = createHash('sha256').update(JSON.stringify(request.changes)).digest('hex');
    const stream = org as string;
    const key = request.idempotencyKey;
    const q = this.q;
    const at = this.now().toISOString();
    const self = this;
    const response = await this.steps.write(function* (): Steps<PushResponse> {
      yield* self.lockStream(stream);
      const [logged] = yield* rows(q.loggedPush, { org: stream, user: caller.userId, key });
      if (logged) {
        // Replaying the first answer to other changes would silently drop them.
        if (logged.request_hash !== hash)
          throw new AppError(
            'IDEMPOTENCY_KEY_REUSED',
            'รหัสคำขอนี้ใช้กับข้อมูลอื่นไปแล้ว (idempotency key already used for other changes)',
          );
        return JSON.parse(logged.response) as PushResponse;
      }
      const response: PushResponse = { applied: [], conflicts: [] };
      for (const [i, change] of request.changes.entries()) {
        const recordKey = { org: stream, collection: change.collection, id: change.id };
        const [current] = yield* rows(q.record, recordKey);
        const rev = current?.rev ?? 0;
        if (change.baseRev !== rev) {
          const server = current
            ? toSynced(current)
            : { collection: change.collection, id: change.id, rev: 0, seq: 0, deleted: true, data: null };
          response.conflicts.push({ change, server });
          continue;
        }
        const [bumped] = yield* rows(q.nextSeq, { org: stream });
        if (!bumped) throw new Error('sync stream is missing');
        const seq = Number(bumped.next_seq);
        const data = stored[i] ?? null;
        const deleted = data === null ? 1 : 0;
        yield* rows(q.saveRecord, { ...recordKey, rev: rev + 1, seq, deleted, data, at, by: caller.userId });
        response.applied.push({ collection: change.collection, id: change.id, rev: rev + 1, seq });
      }
      yield* rows(q.logPush, {
        org: stream,
        user: caller.userId,
        key,
        hash,
        response: JSON.stringify(response),
        at,
      });
      return response;
    });
    // Only once committed: a push that rolled back may have been the one that created the stream.
    this.knownStreams.add(stream);
    return response;
  }

  /** The pull answer as UTF-8 JSON, rendered by the database (see page-json-query.ts). */
  async pullJson(caller: Caller, query: PullQuery): Promise<Buffer> {
    const org = await readableOrg(this.db, caller, query.collection, query.org);
    const q = this.q;
    const { collection, cursor, limit } = query;
    const { page, hasMore } = await this.steps.read(function* () {
      const [page] = yield* rows(q.page, { org, collection, cursor, limit });
      if (cursor > 0 && cursor < Number(page?.purged ?? 0)) {
        throw new AppError(
          'RESET_REQUIRED',
          'ข้อมูลเก่าเกินไป ต้องดึงข้อมูลใหม่ทั้งหมด (cursor too old: pull again from 0)',
        );
      }
      const full = Number(page?.n ?? 0) === limit;
      const more = full ? yield* rows(q.moreAfter, { org, collection, cursor: Number(page?.last) }) : [];
      return { page, hasMore: more.length > 0 };
    });
    const last = page?.last == null ? cursor : Number(page.last);
    const items = page?.items ?? '';
    return Buffer.concat([
      RECORDS_OPEN,
      typeof items === 'string' ? Buffer.from(items) : items,
      Buffer.from(`],"cursor":${last},"hasMore":${hasMore}}`),
    ]);
  }

  /**
   * Forgets the stored answers of pushes older than `before`. A client retrying such a push after that gets
   * conflicts (its changes' base revisions are stale by then) instead of the stored answer; nothing is applied twice.
   */
  async forgetPushes(before: Date): Promise<number> {
    const q = this.q;
    return this.steps.write(function* () {
      const [row] = yield* rows(q.oldPushes, { before: before.toISOString() });
      yield* rows(q.forgetPushes, { before: before.toISOString() });
      return Number(row?.n ?? 0);
    });
  }

  /** Forgets tombstones older than `before`; clients whose cursor is older must pull again from 0. */
  async purgeTombstones(before: Date): Promise<number> {
    const q = this.q;
    const self = this;
    const old = await this.steps.read(() => rows(q.oldTombstones, { before: before.toISOString() }));
    let removed = 0;
    for (const o of old) {
      const upTo = Number(o.max_seq);
      await this.steps.write(function* () {
        yield* self.lockStream(o.org_code);
        yield* rows(q.dropTombstones, { org: o.org_code, upTo });
        yield* rows(q.setPurged, { org: o.org_code, upTo });
      });
      removed += Number(o.n);
    }
    return removed;
  }
}
