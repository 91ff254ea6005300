import { type NextFunction, type Request, type Response, Router } from 'express';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import { LoginRequest, RefreshRequest } from '../../../shared/protocol/sync';
import type { DB } from '../db/schema';
import { parse } from '../http-errors';
import { LoginLocked, type LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import type { Caller, TokenService } from './tokens';

/** Login, refresh (rotating) and logout. */
export function authRoutes(db: Kysely<DB>, tokens: TokenService, throttle: LoginThrottle): Router {
  const router = Router();
  router.post('/login', async (req, res) => {
    const { username, password } = parse(LoginRequest, req.body);
    try {
      await throttle.attempt(username);
    } catch (error) {
      if (error instanceof LoginLocked) res.setHeader('Retry-After', String(error.retryAfterSec));
      throw error;
    }
    const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    // Same answer and similar time for a wrong user and a wrong password.
    const ok = await verifyPassword(
      password,
      user?.password_hash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    if (!user || !ok)
      throw new AppError('LOGIN_FAILED', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (wrong username or password)');
    await throttle.succeeded(username);
    res.json(await tokens.issue(user));
  });
  router.post('/refresh', async (req, res) => {
    res.json(await tokens.rotate(parse(RefreshRequest, req.body).refreshToken));
  });
  router.post('/logout', async (req, res) => {
    await tokens.revoke(parse(RefreshRequest, req.body).refreshToken);
    res.status(204).end();
  });
  return router;
}

declare module 'express-serve-static-core' {
  interface Request {
    caller?: Caller;
  }
}

/** Requires a valid access token; puts the caller on the request. */
export function requireAuth(tokens: TokenService) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new AppError('UNAUTHORIZED', 'login required');
    const token = header.slice(7);
    // A token seen before goes on at once; only a new one waits for its signature check.
    const known = tokens.knownCaller(token);
    if (known) {
      req.caller = known;
      next();
      return;
    }
    tokens.verifyAccess(token).then((caller) => {
      req.caller = caller;
      next();
    }, next);
  };
}

export function callerOf(req: Request): Caller {
  if (!req.caller) throw new AppError('UNAUTHORIZED', 'login required');
  return req.caller;
}
