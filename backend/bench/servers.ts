// Child process of bench:backend: one sync backend process on the database given (already migrated and seeded by
// the parent); with --hello also a bare Express hello-world, the stock middleware alone and the push as raw SQLite
// statements behind it (raw-push-floor.ts). Prints its ports as one
// JSON line.
import { parseArgs } from 'node:util';
import express from 'express';
import { createApp, useStockMiddleware } from '../src/app';
import { openDatabase } from '../src/db/database';
import { createBackendLogger } from '../src/log';
import { rawPushFloor } from './raw-push-floor';

const { values } = parseArgs({ options: { db: { type: 'string' }, hello: { type: 'boolean' } } });
const database = await openDatabase(values.db ?? '');
const app = createApp({
  database,
  jwtSecret: new TextEncoder().encode(process.env.LHR_BACKEND_SECRET ?? ''),
  log: createBackendLogger(process.stderr, 'warn'),
  limits: { perMinute: 10_000_000, loginPerMinute: 10_000 },
});
const listening = (server: ReturnType<typeof app.listen>) =>
  new Promise<number>((resolve) =>
    server.once('listening', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
const backend = await listening(app.listen(0, '127.0.0.1'));
let hello: number | undefined;
let stock: number | undefined;
let raw: number | undefined;
if (values.hello) {
  const bare = express();
  bare.get('/', (_req, res) => {
    res.json({ hello: 'world' });
  });
  hello = await listening(bare.listen(0, '127.0.0.1'));
  // The backend's stock middleware alone in front of a route that answers at once: what any request costs before
  // the sync code runs.
  const floor = express();
  useStockMiddleware(floor, { limits: { perMinute: 10_000_000 } });
  floor.post('/', (_req, res) => {
    res.json({ applied: [], conflicts: [] });
  });
  stock = await listening(floor.listen(0, '127.0.0.1'));
  raw = await listening(rawPushFloor(values.db ?? '').listen(0, '127.0.0.1'));
}
process.stdout.write(`${JSON.stringify({ backend, hello, stock, raw })}\n`);
// The parent asks for this process's CPU time around each load: a figure that other work on the machine barely moves.
process.on('message', () => {
  const { user, system } = process.cpuUsage();
  process.send?.(user + system);
});
process.once('SIGTERM', () => process.exit(0));
