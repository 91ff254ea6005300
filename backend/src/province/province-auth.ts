import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../../shared/errors';
import type { TokenService } from '../auth/tokens';
import { SESSION_COOKIE, sameToken, type WebSession, type WebSessions } from './web-session';

declare module 'express-serve-static-core' {
  interface Request {
    webSession?: WebSession;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request made with the session cookie must carry the session's CSRF token (form field `_csrf` or
 * header `X-CSRF-Token`) and must not come from another site. SameSite=Strict already keeps the cookie off
 * cross-site requests; this is the second lock for browsers or proxies that do not honour it.
 */
export function checkCsrf(req: Request, session: WebSession): void {
  if (SAFE_METHODS.has(req.method)) return;
  checkSameOrigin(req);
  const sent = (req.body as { _csrf?: unknown } | undefined)?._csrf ?? req.headers['x-csrf-token'];
  if (!sameToken(typeof sent === 'string' ? sent : undefined, session.csrf))
    throw new AppError('FORBIDDEN', 'โทเค็น CSRF ไม่ถูกต้อง กรุณาโหลดหน้าใหม่ (CSRF token missing or wrong)');
}

/** Refuses a request the browser says came from another site (Sec-Fetch-Site, else Origin). */
export function checkSameOrigin(req: Request): void {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none')
    throw new AppError('FORBIDDEN', 'คำขอข้ามเว็บไซต์ถูกปฏิเสธ (cross-site request refused)');
  const origin = req.headers.origin;
  if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host)
    throw new AppError('FORBIDDEN', 'คำขอข้ามเว็บไซต์ถูกปฏิเสธ (cross-site request refused)');
}

/**
 * Who calls the province API: a Bearer access token (the token API as it is, no CSRF needed — nothing ambient), or
 * the dashboard's session cookie (CSRF-checked). Pages pass `redirect`, so a missing session goes to the login page.
 */
export function provinceCaller(tokens: TokenService, sessions: WebSessions, redirect?: string) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization;
    if (!redirect && header?.startsWith('Bearer ')) {
      req.caller = await tokens.verifyAccess(header.slice(7));
      next();
      return;
    }
    const session = await sessions.find(
      (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE],
    );
    if (!session) {
      if (redirect && SAFE_METHODS.has(req.method)) {
        res.redirect(303, redirect);
        return;
      }
      throw new AppError('UNAUTHORIZED', 'กรุณาเข้าสู่ระบบ (login required)');
    }
    checkCsrf(req, session);
    req.caller = session.caller;
    req.webSession = session;
    next();
  };
}
