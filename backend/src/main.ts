import { parseArgs } from 'node:util';
import { toWire } from '../../shared/errors';
import { createApp } from './app';
import { createUser, importRegistry, upsertOrg } from './cli/admin';
import { openDatabase } from './db/database';
import { createBackendLogger } from './log';
import { signingSecret } from './secret';
import { SyncStore } from './sync/sync-store';

const USAGE = `lhr-backend — LHR Assist sync server (SQLite by default, PostgreSQL with DATABASE_URL)

  lhr-backend serve [--port 47400] [--db FILE]
  lhr-backend create-org <7-digit code> <name>
  lhr-backend create-user <username> <password> --role officer|supervisor|admin [--org CODE] [--province NN]
  lhr-backend import-registry <file.csv>
  lhr-backend purge-tombstones --days N
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
    const app = createApp({ database, jwtSecret: await signingSecret(db), log });
    const port = Number(values.port ?? process.env.PORT ?? 47_400);
    const server = app.listen(port, process.env.HOST ?? '127.0.0.1', () =>
      log.info({ event: 'backend.listening', port, dialect: database.dialect }),
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
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
    const removed = await new SyncStore(db, database.steps).purgeTombstones(
      new Date(Date.now() - Number(values.days ?? 90) * 86_400_000),
    );
    process.stdout.write(`removed ${removed} tombstones\n`);
  } else {
    process.stdout.write(USAGE);
    await database.close();
    return 2;
  }
  await database.close();
  return 0;
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
