// Child process of bench:backend: the sync backend on a fresh SQLite file and a bare Express hello-world.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createApp } from '../src/app';
import { openDatabase } from '../src/db/database';
import { createBackendLogger } from '../src/log';
import { seed } from '../src/test-support/seed';

const database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'lhr-bench-')), 'bench.sqlite'));
await seed(database.db);
const app = createApp({
  database,
  jwtSecret: new TextEncoder().encode('bench-secret-0123456789'),
  log: createBackendLogger(process.stderr, 'warn'),
  limits: { perMinute: 10_000_000, loginPerMinute: 1000 },
});
const hello = express();
hello.get('/', (_req, res) => {
  res.json({ hello: 'world' });
});
const a = app.listen(0, '127.0.0.1');
const b = hello.listen(0, '127.0.0.1');
await Promise.all([a, b].map((s) => new Promise((r) => s.once('listening', r))));
const port = (s: typeof a) => {
  const address = s.address();
  return typeof address === 'object' && address ? address.port : 0;
};
process.stdout.write(`${JSON.stringify({ backend: port(a), hello: port(b) })}\n`);
process.once('SIGTERM', () => process.exit(0));
