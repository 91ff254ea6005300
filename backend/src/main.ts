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
  lhr-backend create-user <username> <password> --role officer|supervisor|admin [--org CODE] [--province NN]
  lhr-backend import-registry <file.csv>
  lhr-backend purge-tombstones --days N
  lhr-backend forget-pushes --days N

serve also does both once a day: tombstones after ${TOMBSTONE_DAYS} days, stored push answers after ${PUSH_LOG_DAYS} days.
`;

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
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
const url = process.env.DATABASE_URL || values.db || 'backend.sqlite';

async function main(): Promise<number> {
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
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
    const port = Number(values.port ?? process.env.PORT ?? 47_400);
    const server = app.listen(port, process.env.HOST ?? '127.0.0.1', () =>
      log.info({ event: 'backend.listening', port, dialect: database.dialect }),
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
      password: positionals[1] ?? '',
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
    log.info({ event: 'backend.housekeeping', tombstones, pushes, loginFailures });
  } catch (error) {
    log.error({ event: 'backend.housekeeping_failed', err: (error as Error)?.name });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const wire = toWire(error);
    process.stderr.write(
      `lhr-backend: ${wire.code}: ${wire.code === 'UNKNOWN' ? String((error as Error)?.message ?? error) : wire.message}\n`,
    );
    process.exitCode = 1;
  },
);
