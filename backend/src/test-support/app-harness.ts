import { Writable } from 'node:stream';
import request from 'supertest';
import { type AppDeps, createApp } from '../app';
import { createBackendLogger } from '../log';
import { freshDatabase } from './databases';
import { PASSWORDS, seed } from './seed';

/** An app on a fresh, seeded real database, with its log captured and a clock the test controls. */
export async function startTestApp(
  kind: 'sqlite' | 'postgres',
  limits?: { perMinute?: number; loginPerMinute?: number },
  extra?: Pick<AppDeps, 'trustProxy'>,
) {
  const test = await freshDatabase(kind);
  await seed(test.database.db);
  const lines: string[] = [];
  const log = createBackendLogger(
    new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    }),
    'debug',
  );
  const clock = { now: new Date() };
  const app = createApp({
    database: test.database,
    jwtSecret: new TextEncoder().encode('test-secret-0123456789'),
    log,
    now: () => clock.now,
    limits: limits ?? { perMinute: 100_000, loginPerMinute: 100_000 },
    ...extra,
  });
  const login = async (username: string) => {
    const res = await request(app).post('/v1/auth/login').send({ username, password: PASSWORDS[username] });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { accessToken: string; refreshToken: string };
  };
  return {
    app,
    db: test.database.db,
    database: test.database,
    clock,
    login,
    logText: () => lines.join(''),
    drop: test.drop,
  };
}
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
