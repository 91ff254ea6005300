import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';

/** A browser session lasts a working day; signing in again makes a new one. */
export const SESSION_TTL_SEC = 8 * 3600;
export const SESSION_COOKIE = 'lhr_province';
export const LOGIN_CSRF_COOKIE = 'lhr_login_csrf';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time equality of two tokens (a CSRF check must not leak how much of a guess was right). */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface WebSession {
  caller: Caller;
  csrf: string;
  username: string;
}

/**
 * Cookie sessions of the dashboard, stored server-side: the cookie holds a random id, the table only its hash, so a
 * database read does not hand out live sessions. Each session has its own CSRF token (synchroniser pattern).
 */
export class WebSessions {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date,
  ) {}

  async create(userId: string): Promise<{ id: string; csrf: string }> {
    const id = newToken();
    const csrf = newToken();
    const now = this.now();
    await this.db
      .insertInto('web_sessions')
      .values({
        id_hash: sha256(id),
        user_id: userId,
        csrf,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SESSION_TTL_SEC * 1000).toISOString(),
      })
      .execute();
    return { id, csrf };
  }

  async find(id: string | undefined): Promise<WebSession | null> {
    if (!id || id.length > 100) return null;
    const row = await this.db
      .selectFrom('web_sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['s.csrf', 's.expires_at', 'u.id', 'u.username', 'u.role', 'u.org_code', 'u.province_code'])
      .where('s.id_hash', '=', sha256(id))
      .executeTakeFirst();
    if (!row || row.expires_at <= this.now().toISOString()) return null;
    return {
      csrf: row.csrf,
      username: row.username,
      caller: { userId: row.id, role: row.role, orgCode: row.org_code, provinceCode: row.province_code },
    };
  }

  async end(id: string | undefined): Promise<void> {
    if (id) await this.db.deleteFrom('web_sessions').where('id_hash', '=', sha256(id)).execute();
  }

  /** Drops expired sessions (called on each sign-in; the table stays small). */
  async sweep(): Promise<void> {
    await this.db.deleteFrom('web_sessions').where('expires_at', '<=', this.now().toISOString()).execute();
  }
}
