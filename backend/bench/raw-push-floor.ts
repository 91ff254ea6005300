// bench:backend only, never the backend's data access: the push of one autosaved draft as raw better-sqlite3
// statements behind the stock middleware. It answers how far any push that really writes to SQLite could get on this
// machine with the stock pieces, however its data access were written. It is generous: no token check, no Kysely,
// the statements prepared once, one change per push.
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import express from 'express';
import { PushRequest, type PushResponse } from '../../shared/protocol/sync';
import { useStockMiddleware } from '../src/app';
import { parse } from '../src/http-errors';
import { checkRecords } from '../src/sync/push-checks';

export function rawPushFloor(file: string): express.Express {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const begin = sqlite.prepare('begin');
  const commit = sqlite.prepare('commit');
  const rollback = sqlite.prepare('rollback');
  const lock = sqlite.prepare(
    'insert into sync_streams (org_code, next_seq, purged_seq) values (?, 1, 0) on conflict (org_code) do update set next_seq = sync_streams.next_seq + 1 returning next_seq',
  );
  const logged = sqlite.prepare(
    'select response, request_hash from push_log where org_code = ? and user_id = ? and idempotency_key = ?',
  );
  const insert = sqlite.prepare(
    'insert into records (org_code, collection, record_id, rev, seq, deleted, data, updated_at, updated_by) values (?, ?, ?, 1, ?, 0, ?, ?, ?) on conflict do nothing returning rev',
  );
  const log = sqlite.prepare(
    'insert into push_log (org_code, user_id, idempotency_key, request_hash, response, created_at) values (?, ?, ?, ?, ?, ?)',
  );
  const org = '6500101';
  const user = 'bench-floor';
  const app = express();
  useStockMiddleware(app, { limits: { perMinute: 10_000_000 } });
  app.post('/', (req, res) => {
    const request = parse(PushRequest, req.body);
    const stored = checkRecords(request.changes);
    const hash = createHash('sha256').update(JSON.stringify(request.changes)).digest('hex');
    const change = request.changes[0];
    if (!change) throw new Error('the floor pushes one change');
    const at = new Date().toISOString();
    begin.run();
    try {
      const { next_seq: seq } = lock.get(org) as { next_seq: number };
      logged.get(org, user, request.idempotencyKey);
      insert.get(org, change.collection, change.id, seq, stored[0] ?? null, at, user);
      const response: PushResponse = {
        applied: [{ collection: change.collection, id: change.id, rev: 1, seq }],
        conflicts: [],
      };
      log.run(org, user, request.idempotencyKey, hash, JSON.stringify(response), at);
      commit.run();
      res.json(response);
    } catch (error) {
      rollback.run();
      throw error;
    }
  });
  return app;
}
