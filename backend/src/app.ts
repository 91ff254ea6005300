import express from 'express';
import helmet from 'helmet';
import { authRoutes, requireAuth } from './auth/auth-routes';
import { LoginThrottle } from './auth/login-throttle';
import { TokenService } from './auth/tokens';
import type { Database } from './db/database';
import { deviceRoutes } from './devices/device-routes';
import { errorHandler, notFound } from './http-errors';
import { limitJsonDepth } from './json-depth';
import type { BackendLogger } from './log';
import { mountProvince } from './province/province';
import { perAddressLimit } from './rate-limits';
import { syncRoutes } from './sync/sync-routes';
import { SyncStore } from './sync/sync-store';

export interface AppDeps {
  database: Database;
  jwtSecret: Uint8Array;
  log: BackendLogger;
  now?: () => Date;
  /** requests per minute per client address; login has its own, stricter limit */
  limits?: { perMinute?: number; loginPerMinute?: number };
  /** express 'trust proxy' (TRUST_PROXY): whose forwarded address counts as the client's */
  trustProxy?: boolean | number | string;
}

/** The sync backend as an Express app, not listening (tests drive it directly; main.ts listens). */
export function createApp(deps: AppDeps): express.Express {
  const { db } = deps.database;
  const tokens = new TokenService(db, deps.jwtSecret, deps.now);
  const app = express();
  useStockMiddleware(app, deps);
  app.get('/v1/health', (_req, res) => {
    res.json({ ok: true });
  });
  const signedIn = requireAuth(tokens);
  app.use('/v1/sync', syncRoutes(signedIn, new SyncStore(db, deps.now)));
  mountProvince(app, { db, tokens, now: deps.now, loginPerMinute: deps.limits?.loginPerMinute });
  app.use('/v1/auth/login', perAddressLimit(deps.limits?.loginPerMinute ?? 20));
  app.use('/v1/auth', authRoutes(db, tokens, new LoginThrottle(db, deps.now ?? (() => new Date()))));
  app.use('/v1', signedIn, deviceRoutes(db, deps.now));
  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}

/**
 * What every request of the API goes through before its route: security headers, no caching, the per-address rate
 * limit, the JSON body (stock express.json) and its depth check. bench:backend measures these alone too.
 */
export function useStockMiddleware(app: express.Express, deps: Pick<AppDeps, 'trustProxy' | 'limits'>): void {
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  // Sync answers are never cacheable; hashing every body for an ETag only costs time.
  app.set('etag', false);
  // A JSON API: nothing it answers is rendered or framed, so the headers that only matter for pages stay off.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xFrameOptions: { action: 'deny' },
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    }),
  );
  // Tokens and personal data: no answer of this API may be kept by a browser or proxy cache.
  app.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(perAddressLimit(deps.limits?.perMinute ?? 1200));
  // UTF-8 JSON only, uncompressed (a gzip body is refused rather than inflated past the limit), at most 512 KiB.
  app.use(express.json({ limit: '512kb', inflate: false }));
  app.use(limitJsonDepth);
}
