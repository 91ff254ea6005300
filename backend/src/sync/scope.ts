import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Collection } from '../../../shared/protocol/sync';
import { collectionSpec } from '../../../shared/sync/collections';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';

/** The national stream: collections declared `national` in shared/sync/collections.ts (site profiles). */
export const NATIONAL = '*';

/**
 * The stream of one province (`*50` for เชียงใหม่): streams are keyed by a 7-character text (an อปท. code), and
 * every stream that is not one อปท.'s starts with `*`, so a province stream needs no column of its own.
 */
export function provinceStream(province: string): string {
  return `${NATIONAL}${province}`;
}

/** The province of an officer: his อปท.'s in the registry, else the one recorded on his account. */
async function officerProvince(db: Kysely<DB>, caller: Caller): Promise<string | null> {
  if (!caller.orgCode) return null;
  const org = await db
    .selectFrom('orgs')
    .select('province_code')
    .where('code', '=', caller.orgCode)
    .executeTakeFirst();
  return org?.province_code ?? caller.provinceCode;
}

const OTHER_PROVINCE = () => new AppError('FORBIDDEN', 'ใช้ได้เฉพาะจังหวัดของท่าน (your province only)');
const PROVINCE_REQUIRED = () =>
  new AppError('INVALID_MESSAGE', 'ต้องระบุจังหวัด (province is required for admins)');

/**
 * Which province stream a caller may read: an officer his อปท.'s province, a supervisor his own, an admin the one
 * he names. Naming another province is refused rather than answered with an empty page.
 */
async function readableProvince(db: Kysely<DB>, caller: Caller, requested?: string): Promise<string> {
  if (caller.role === 'admin') {
    if (!requested) throw PROVINCE_REQUIRED();
    return provinceStream(requested);
  }
  const own = caller.role === 'officer' ? await officerProvince(db, caller) : caller.provinceCode;
  if (!own || (requested && requested !== own)) throw OTHER_PROVINCE();
  return provinceStream(own);
}

/**
 * Which stream a caller may read (scopes from shared/sync/collections.ts): a national collection is read by everyone
 * signed in; a province collection by the officers and supervisors of that province and by admins; an org collection
 * by its officers, and — only when it is declared `provinceReadable` — by supervisors for the อปท. of their province
 * and by admins for any. Drafts hold half-typed personal data of one office and stay inside it.
 */
export async function readableStream(
  db: Kysely<DB>,
  caller: Caller,
  collection: Collection,
  requested: { org?: string; province?: string } = {},
): Promise<string> {
  const spec = collectionSpec(collection);
  if (spec.scope === 'national') return NATIONAL;
  if (spec.scope === 'province') return readableProvince(db, caller, requested.province);
  if (caller.role === 'officer') {
    if (!caller.orgCode || (requested.org && requested.org !== caller.orgCode))
      throw new AppError('FORBIDDEN', 'officers read only their own อปท.');
    return caller.orgCode;
  }
  if (!spec.provinceReadable)
    throw new AppError('FORBIDDEN', 'อ่านได้เฉพาะใน อปท. เดียวกัน (readable only inside its อปท.)');
  if (!requested.org) throw new AppError('INVALID_MESSAGE', 'org is required for supervisors and admins');
  if (caller.role === 'supervisor') {
    const org = await db
      .selectFrom('orgs')
      .select('province_code')
      .where('code', '=', requested.org)
      .executeTakeFirst();
    if (!org || org.province_code !== caller.provinceCode)
      throw new AppError('FORBIDDEN', 'this อปท. is not in your province');
  }
  return requested.org;
}

/**
 * Which stream a caller may write: officers their own อปท.'s org collections; supervisors their province's
 * province collections; admins the national ones and any province's (naming it); nobody else.
 */
export function writableStream(caller: Caller, collection: Collection, province?: string): string {
  const { scope } = collectionSpec(collection);
  if (scope === 'national') {
    if (caller.role !== 'admin')
      throw new AppError('FORBIDDEN', 'national collections are written by admins only');
    return NATIONAL;
  }
  if (scope === 'province') {
    if (caller.role === 'admin') {
      if (!province) throw PROVINCE_REQUIRED();
      return provinceStream(province);
    }
    if (caller.role !== 'supervisor')
      throw new AppError('FORBIDDEN', 'province collections are written by supervisors and admins only');
    if (!caller.provinceCode || (province && province !== caller.provinceCode)) throw OTHER_PROVINCE();
    return provinceStream(caller.provinceCode);
  }
  if (caller.role !== 'officer' || !caller.orgCode)
    throw new AppError('FORBIDDEN', 'only officers of an อปท. write its data');
  return caller.orgCode;
}
