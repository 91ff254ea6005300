import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Database } from './db/database';

const OLD_KEY = 'jwt_secret';

/** Where the secret file is kept: beside the SQLite file, else in the backend's config folder. */
export function secretFile(database: Pick<Database, 'file'>, env: NodeJS.ProcessEnv = process.env): string {
  if (database.file) return `${database.file}.secret`;
  return join(env.LHR_BACKEND_HOME || join(homedir(), '.config', 'lhr-backend'), 'secret');
}

/**
 * The token-signing secret, never kept in the database it protects (a copy of the database must not let anyone mint
 * tokens): `LHR_BACKEND_SECRET` if set — required when several processes serve one PostgreSQL — else a file created
 * once with mode 0600 (see secretFile). A secret an older version kept in the settings table is moved to the file,
 * so tokens already issued stay valid, and deleted from the database.
 */
export async function signingSecret(
  database: Pick<Database, 'db' | 'file'>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Uint8Array> {
  const fromEnv = env.LHR_BACKEND_SECRET;
  const file = secretFile(database, env);
  const old = await database.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', OLD_KEY)
    .executeTakeFirst();
  if (fromEnv) {
    if (old) await database.db.deleteFrom('settings').where('key', '=', OLD_KEY).execute();
    return new TextEncoder().encode(fromEnv);
  }
  let secret = readSecret(file);
  if (secret === null) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const fresh = old?.value ?? randomBytes(32).toString('base64url');
    try {
      // `wx`: two processes starting at once do not overwrite each other's secret.
      writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    secret = readSecret(file) ?? fresh;
  }
  if (old) await database.db.deleteFrom('settings').where('key', '=', OLD_KEY).execute();
  return new TextEncoder().encode(secret);
}

/** The secret in `file`, tightening its mode to 0600 if it was readable by others; null when there is none. */
function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return text === '' ? null : text;
}
