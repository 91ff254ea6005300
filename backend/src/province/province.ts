import cookieParser from 'cookie-parser';
import type { Express } from 'express';
import type { Kysely } from 'kysely';
import type { TokenService } from '../auth/tokens';
import type { DB } from '../db/schema';
import { provinceApi } from './province-api';
import { provinceAssets } from './province-assets';
import { provinceCaller } from './province-auth';
import { provincePages } from './province-pages';
import { ProvinceService } from './province-service';
import { WebSessions } from './web-session';

export interface ProvinceDeps {
  db: Kysely<DB>;
  tokens: TokenService;
  now?: () => Date;
  /** sign-ins per minute per address on the dashboard's login form */
  loginPerMinute?: number;
}

/** The province dashboard: its JSON API under /v1/province and its pages under /province (docs/province.md). */
export function mountProvince(app: Express, deps: ProvinceDeps): void {
  const now = deps.now ?? (() => new Date());
  const sessions = new WebSessions(deps.db, now);
  const service = new ProvinceService(deps.db, now);
  app.use('/v1/province', cookieParser(), provinceCaller(deps.tokens, sessions), provinceApi(service));
  app.use('/province/assets', provinceAssets());
  app.use(
    '/province',
    cookieParser(),
    provincePages({ ...deps, sessions, service, loginPerMinute: deps.loginPerMinute ?? 20 }),
  );
}
