import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Collection } from '../../../shared/protocol/sync';
import { collectionSpec } from '../../../shared/sync/collections';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';

/** The national stream: collections declared `national` in shared/sync/collections.ts (site profiles). */
export const NATIONAL = '*';

/**
 * Which stream a caller may read (scopes from shared/sync/collections.ts): a national collection is read by everyone
 * signed in; an org collection by its officers, and — only when it is declared `provinceReadable` — by supervisors
 * for the อปท. of their province and by admins for any. Drafts hold half-typed personal data of one office and
 * stay inside it.
 */
export async function readableOrg(
  db: Kysely<DB>,
  caller: Caller,
  collection: Collection,
  requested?: string,
): Promise<string> {
  const spec = collectionSpec(collection);
  if (spec.scope === 'national') return NATIONAL;
  if (caller.role === 'officer') {
    if (!caller.orgCode || (requested && requested !== caller.orgCode))
      throw new AppError('FORBIDDEN', 'officers read only their own อปท.');
    return caller.orgCode;
  }
  if (!spec.provinceReadable)
    throw new AppError('FORBIDDEN', 'อ่านได้เฉพาะใน อปท. เดียวกัน (readable only inside its อปท.)');
  if (!requested) throw new AppError('INVALID_MESSAGE', 'org is required for supervisors and admins');
  if (caller.role === 'supervisor') {
    const org = await db
      .selectFrom('orgs')
      .select('province_code')
      .where('code', '=', requested)
      .executeTakeFirst();
    if (!org || org.province_code !== caller.provinceCode)
      throw new AppError('FORBIDDEN', 'this อปท. is not in your province');
  }
  return requested;
}

/** Which stream a caller may write: officers their own อปท.'s org collections; admins the national ones; nobody else. */
export function writableOrg(caller: Caller, collection: Collection): string {
  if (collectionSpec(collection).scope === 'national') {
    if (caller.role !== 'admin')
      throw new AppError('FORBIDDEN', 'national collections are written by admins only');
    return NATIONAL;
  }
  if (caller.role !== 'officer' || !caller.orgCode)
    throw new AppError('FORBIDDEN', 'only officers of an อปท. write its data');
  return caller.orgCode;
}
