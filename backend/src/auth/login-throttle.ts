import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { DB } from '../db/schema';

/** Wrong passwords an account may take before it must wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
const MEMORY_MS = 60 * 60_000;

/**
 * Per-account login backoff, kept in the database so every backend process behind a load balancer counts the same
 * failures, from whatever addresses they come: after FREE_ATTEMPTS wrong passwords the account waits 30 s, then twice
 * as long after each further failure (at most 15 min); no password is checked while it waits. Unknown usernames are
 * counted the same way, so the answers do not tell which accounts exist. A good password clears the count.
 *
 * Every attempt is counted before its password is checked, in a transaction on the account's row: attempts sent at
 * once cannot all pass the check before the first failure is written.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date,
  ) {}

  /** Counts an attempt, or throws LoginLocked (with the seconds to wait) while the account must wait. */
  async attempt(username: string): Promise<void> {
    const name = key(username);
    const at = this.now();
    await this.db.transaction().execute(async (trx) => {
      // A write first: it takes the row's lock (PostgreSQL) or the write lock (SQLite) before anything is read.
      await trx
        .insertInto('login_failures')
        .values({ username: name, failures: 0, last_failed_at: at.toISOString(), locked_until: null })
        .onConflict((oc) => oc.column('username').doUpdateSet({ username: name }))
        .execute();
      const row = await trx
        .selectFrom('login_failures')
        .selectAll()
        .where('username', '=', name)
        .executeTakeFirstOrThrow();
      const wait = row.locked_until ? Date.parse(row.locked_until) - at.getTime() : 0;
      if (wait > 0) throw new LoginLocked(Math.ceil(wait / 1000));
      const recent = at.getTime() - Date.parse(row.last_failed_at) < MEMORY_MS;
      const failures = (recent ? row.failures : 0) + 1;
      const over = failures - FREE_ATTEMPTS;
      const lockedUntil =
        over >= 0
          ? new Date(at.getTime() + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(over, 10)))
          : null;
      await trx
        .updateTable('login_failures')
        .set({ failures, last_failed_at: at.toISOString(), locked_until: lockedUntil?.toISOString() ?? null })
        .where('username', '=', name)
        .execute();
    });
  }

  /** A good password: the attempts counted so far are forgotten. */
  async succeeded(username: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('username', '=', key(username)).execute();
  }

  /** Forgets failures older than MEMORY_MS (housekeeping). */
  async forgetOld(): Promise<number> {
    const before = new Date(this.now().getTime() - MEMORY_MS).toISOString();
    const result = await this.db
      .deleteFrom('login_failures')
      .where('last_failed_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

const key = (username: string) => username.normalize('NFC').toLowerCase();

/** RATE_LIMITED for an account that must wait; the route sends `Retry-After` from it. */
export class LoginLocked extends AppError {
  constructor(readonly retryAfterSec: number) {
    super('RATE_LIMITED', 'ใส่รหัสผ่านผิดหลายครั้ง กรุณารอสักครู่ (too many failed logins: wait and try again)');
  }
}
