import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { authRoutes, requireAuth } from './auth/auth-routes';
import { TokenService } from './auth/tokens';
import type { Database } from './db/database';
import { deviceRoutes } from './devices/device-routes';
import { errorHandler, notFound } from './http-errors';
import type { BackendLogger } from './log';
import { syncRoutes } from './sync/sync-routes';
import { SyncStore } from './sync/sync-store';

export interface AppDeps {
  database: Database;
  jwtSecret: Uint8Array;
  log: BackendLogger;
  now?: () => Date;
  /** requests per minute per client address; login has its own, stricter limit */
  limits?: { perMinute?: number; loginPerMinute?: number };
}

/** The sync backend as an Express app, not listening (tests drive it directly; main.ts listens). */
export function createApp(deps: AppDeps): express.Express {
  const { db } = deps.database;
  const tokens = new TokenService(db, deps.jwtSecret, deps.now);
  const app = express();
  app.disable('x-powered-by');
  // Sync answers are never cacheable; hashing every body for an ETag only costs time.
  app.set('etag', false);
  app.use(helmet());
  app.use(
    rateLimit({
      windowMs: 60_000,
      limit: deps.limits?.perMinute ?? 1200,
      // draft-7 headers say the same as draft-8 without hashing the client key on every request.
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      // The configuration checks run on every request; they are settled by the tests instead.
      validate: false,
      handler: limited,
    }),
  );
  app.use(express.json({ limit: '512kb' }));
  app.get('/v1/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/v1/auth/login',
    rateLimit({ windowMs: 60_000, limit: deps.limits?.loginPerMinute ?? 20, handler: limited }),
  );
  app.use('/v1/auth', authRoutes(db, tokens));
  app.use('/v1', requireAuth(tokens));
  app.use('/v1/sync', syncRoutes(new SyncStore(db, deps.database.steps, deps.now)));
  app.use('/v1', deviceRoutes(db, deps.now));
  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}

function limited(_req: express.Request, res: express.Response): void {
  res.status(429).json({ code: 'RATE_LIMITED', message: 'คำขอถี่เกินไป กรุณารอสักครู่ (too many requests)' });
}
