import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AppError, toWire } from '../../shared/errors';
import { createApp } from './app';
import { LoginThrottle } from './auth/login-throttle';
import { createUser, importRegistry, upsertOrg } from './cli/admin';
import { openDatabase } from './db/database';
import { type BackendLogger, createBackendLogger } from './log';
import { trustProxySetting } from './rate-limits';
import { signingSecret } from './secret';
import { SyncStore } from './sync/sync-store';

const TOMBSTONE_DAYS = 90;
const PUSH_LOG_DAYS = 30;

const USAGE = `lhr-backend — LHR Assist sync server (SQLite by default, PostgreSQL with DATABASE_URL)

  lhr-backend serve [--port 47400] [--db FILE]
  lhr-backend create-org <7-digit code> <name>
  lhr-backend create-user <username> --role officer|supervisor|admin [--org CODE] [--province NN]
                                            (the password on stdin, never on the command line)
  lhr-backend import-registry <file.csv>
  lhr-backend purge-tombstones --days N
  lhr-backend forget-pushes --days N

Every command takes --db FILE|URL; a flag beats its environment variable (--db over DATABASE_URL, --port over PORT).
serve also does both once a day: tombstones after ${TOMBSTONE_DAYS} days, stored push answers after ${PUSH_LOG_DAYS} days.
`;

const [command, ...rest] = process.argv.slice(2);

function parseFlags() {
  return parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      province: { type: 'string' },
      days: { type: 'string' },
    },
  });
}

/** A TCP port as typed by an operator: 1–65535 (0 would let the system pick one nobody knows). */
function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535)
    throw new AppError('INVALID_MESSAGE', '--port must be a port number (1–65535)');
  return port;
}

/** The first line of stdin (the password of create-user: never on the command line, where `ps` shows it). */
async function readLine(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const line = await new Promise<string | undefined>((resolve) => {
    const rl = createInterface({ input: process.stdin });
    rl.once('line', (text) => {
      resolve(text); // before close(), which emits 'close' at once
      rl.close();
    });
    rl.once('close', () => resolve(undefined));
  });
  return line ?? '';
}

async function main(): Promise<number> {
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const { values, positionals } = parseFlags();
  if (command === 'create-user' && positionals.length > 1)
    throw new UsageError('create-user takes the password on stdin, not on the command line');
  // Checked before anything is opened: a typo must not start a server or touch a database.
  const port = command === 'serve' ? portOf(values.port ?? process.env.PORT ?? '47400') : 0;
  // Flags beat the environment, for every setting alike.
  const url = values.db || process.env.DATABASE_URL || 'backend.sqlite';
  const password = command === 'create-user' ? await readLine('รหัสผ่าน (password): ') : '';
  const database = await openDatabase(url);
  const { db } = database;
  if (command === 'serve') {
    const log = createBackendLogger();
    const app = createApp({
      database,
      jwtSecret: await signingSecret(database),
      log,
      trustProxy: trustProxySetting(process.env.TRUST_PROXY),
    });
    const server = app.listen(port, process.env.HOST ?? '127.0.0.1', () =>
      log.info('backend.listening', { port, dialect: database.dialect }),
    );
    const throttle = new LoginThrottle(db, () => new Date());
    void keepHouse(new SyncStore(db), throttle, log);
    const housekeeping = setInterval(
      () => void keepHouse(new SyncStore(db), throttle, log),
      24 * 3600 * 1000,
    ).unref();
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    clearInterval(housekeeping);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  } else if (command === 'create-org') {
    await upsertOrg(db, positionals[0] ?? '', positionals[1] ?? '');
  } else if (command === 'create-user') {
    const id = await createUser(db, {
      username: positionals[0] ?? '',
      password,
      role: values.role ?? '',
      org: values.org,
      province: values.province,
    });
    process.stdout.write(`${id}\n`);
  } else if (command === 'import-registry') {
    const result = await importRegistry(db, positionals[0] ?? '');
    process.stdout.write(
      `imported ${result.imported}, skipped ${result.skipped.length}\n${result.skipped.join('\n')}\n`,
    );
  } else if (command === 'purge-tombstones') {
    const removed = await new SyncStore(db).purgeTombstones(daysAgo(values.days, TOMBSTONE_DAYS));
    process.stdout.write(`removed ${removed} tombstones\n`);
  } else if (command === 'forget-pushes') {
    const removed = await new SyncStore(db).forgetPushes(daysAgo(values.days, PUSH_LOG_DAYS));
    process.stdout.write(`forgot ${removed} stored push answers\n`);
  } else {
    process.stdout.write(USAGE);
    await database.close();
    return 2;
  }
  await database.close();
  return 0;
}

function daysAgo(days: string | undefined, fallback: number): Date {
  const n = Number(days ?? fallback);
  if (!Number.isFinite(n) || n < 0) throw new AppError('INVALID_MESSAGE', '--days must be a number of days');
  return new Date(Date.now() - n * 86_400_000);
}

/** The daily housekeeping of `serve`: only counts are logged. */
async function keepHouse(store: SyncStore, throttle: LoginThrottle, log: BackendLogger): Promise<void> {
  try {
    const tombstones = await store.purgeTombstones(daysAgo(undefined, TOMBSTONE_DAYS));
    const pushes = await store.forgetPushes(daysAgo(undefined, PUSH_LOG_DAYS));
    const loginFailures = await throttle.forgetOld();
    log.info('backend.housekeeping', { tombstones, pushes, loginFailures });
  } catch (error) {
    log.error('backend.housekeeping_failed', { err: (error as Error)?.name ?? 'error' });
  }
}

/** Bad usage (exit 2 with the usage text, like an unknown command), as opposed to a failed command (exit 1). */
class UsageError extends Error {}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A mistyped flag, like an unknown command, is a usage error: exit 2 and the usage, not a stack trace.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) {
      process.stderr.write(`lhr-backend: INVALID_MESSAGE: ${(error as Error).message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    const wire = toWire(error);
    process.stderr.write(
      `lhr-backend: ${wire.code}: ${wire.code === 'UNKNOWN' ? String((error as Error)?.message ?? error) : wire.message}\n`,
    );
    process.exitCode = 1;
  },
);
