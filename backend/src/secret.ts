import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema';

/** The token-signing secret: LHR_BACKEND_SECRET if set, else one generated at first start and kept in the database. */
export async function signingSecret(db: Kysely<DB>): Promise<Uint8Array> {
  const fromEnv = process.env.LHR_BACKEND_SECRET;
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  await db
    .insertInto('settings')
    .values({ key: 'jwt_secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'jwt_secret')
    .executeTakeFirstOrThrow();
  return new TextEncoder().encode(row.value);
}
