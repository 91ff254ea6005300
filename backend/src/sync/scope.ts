import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Collection } from '../../../shared/protocol/sync';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';

/** The national stream that holds site profiles. */
export const NATIONAL = '*';

/**
 * Which org's stream a caller may read: officers their own อปท.; supervisors any อปท. of their province; admins any.
 * Site profiles live in the national stream, readable by everyone.
 */
export async function readableOrg(
  db: Kysely<DB>,
  caller: Caller,
  collection: Collection,
  requested?: string,
): Promise<string> {
  if (collection === 'profiles') return NATIONAL;
  if (caller.role === 'officer') {
    if (!caller.orgCode || (requested && requested !== caller.orgCode))
      throw new AppError('FORBIDDEN', 'officers read only their own อปท.');
    return caller.orgCode;
  }
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

/** Which org's stream a caller may write: officers their own อปท.; admins the national profiles; nobody else. */
export function writableOrg(caller: Caller, collection: Collection): string {
  if (collection === 'profiles') {
    if (caller.role !== 'admin') throw new AppError('FORBIDDEN', 'site profiles are read-only for officers');
    return NATIONAL;
  }
  if (caller.role !== 'officer' || !caller.orgCode)
    throw new AppError('FORBIDDEN', 'only officers of an อปท. write its data');
  return caller.orgCode;
}
