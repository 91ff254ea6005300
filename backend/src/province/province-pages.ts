import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { Kysely } from 'kysely';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import * as z from 'zod';
import { AppError, toWire } from '../../../shared/errors';
import { LetterTemplate, OrgListQuery, SpotCheckQuery } from '../../../shared/protocol/province';
import { callerOf } from '../auth/auth-routes';
import { verifyPassword } from '../auth/passwords';
import type { TokenService } from '../auth/tokens';
import type { DB } from '../db/schema';
import { parse } from '../http-errors';
import { perAddressLimit } from '../rate-limits';
import { selectOrgs } from './org-list';
import { DashboardPage, PAGE_SIZE } from './pages/dashboard-page';
import { ErrorPage, LoginPage } from './pages/login-page';
import { OrgPage } from './pages/org-page';
import { ChooseProvincePage, OverduePage, TemplatePage } from './pages/overdue-page';
import { pageContext } from './pages/page-context';
import { ProposalsPage } from './pages/proposals-page';
import { ProfileProposals } from './profile-proposals';
import { filled } from './province-api';
import { checkSameOrigin, provinceCaller } from './province-auth';
import { provinceScope } from './province-scope';
import { newSeed, type ProvinceService } from './province-service';
import {
  LOGIN_CSRF_COOKIE,
  newToken,
  SESSION_COOKIE,
  SESSION_TTL_SEC,
  sameToken,
  type WebSessions,
} from './web-session';

/** Strict CSP for the pages: only this server's own script, style, font and images; no inline script or style. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const cookieFlags = { httpOnly: true, secure: true, sameSite: 'strict' as const };
const DUMMY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const LoginForm = z
  .object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })
  .strip();
const lines = (text: unknown) =>
  String(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function page(res: Response, node: VNode, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(`<!doctype html>${renderToString(node)}`);
}

export interface PagesDeps {
  db: Kysely<DB>;
  tokens: TokenService;
  sessions: WebSessions;
  service: ProvinceService;
  loginPerMinute: number;
}

/** The dashboard's server-rendered pages, Thai first (`?lang=en` for English). */
export function provincePages(deps: PagesDeps): Router {
  const { db, sessions, service } = deps;
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 50 }));

  const showLogin = (req: Request, res: Response, error?: string, status = 200) => {
    const csrf = newToken();
    res.cookie(LOGIN_CSRF_COOKIE, csrf, { ...cookieFlags, path: '/province/login', maxAge: 30 * 60_000 });
    page(res, LoginPage({ ctx: pageContext(req), csrf, error }), status);
  };
  router.get('/login', (req, res) => showLogin(req, res));
  router.post(
    '/login',
    perAddressLimit(deps.loginPerMinute, 60_000, 'ลองเข้าสู่ระบบบ่อยเกินไป (too many sign-ins)'),
    async (req, res) => {
      const t = pageContext(req).t;
      // Login CSRF: the form's token must match the cookie set with it (double submit), and the post must be ours.
      const body = req.body as Record<string, unknown> | undefined;
      if (!sameToken(String(body?._csrf ?? ''), (req.cookies as Record<string, string>)[LOGIN_CSRF_COOKIE])) {
        showLogin(req, res, t('แบบฟอร์มหมดอายุ กรุณาลองอีกครั้ง', 'The form expired; please try again'), 403);
        return;
      }
      checkSameOrigin(req);
      const form = LoginForm.safeParse(body);
      const user = form.success
        ? await db
            .selectFrom('users')
            .selectAll()
            .where('username', '=', form.data.username)
            .executeTakeFirst()
        : undefined;
      const ok = await verifyPassword(
        form.success ? form.data.password : '',
        user?.password_hash ?? DUMMY_HASH,
      );
      if (!user || !ok) {
        showLogin(req, res, t('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', 'Wrong username or password'), 401);
        return;
      }
      if (user.role === 'officer') {
        showLogin(
          req,
          res,
          t('แดชบอร์ดนี้สำหรับสำนักงานจังหวัดเท่านั้น', 'This dashboard is for province offices only'),
          403,
        );
        return;
      }
      await sessions.sweep();
      const session = await sessions.create(user.id);
      res.clearCookie(LOGIN_CSRF_COOKIE, { ...cookieFlags, path: '/province/login' });
      res.cookie(SESSION_COOKIE, session.id, { ...cookieFlags, path: '/', maxAge: SESSION_TTL_SEC * 1000 });
      res.redirect(303, pageContext(req).href('/province'));
    },
  );

  const signedIn = provinceCaller(deps.tokens, sessions, '/province/login');
  router.post('/logout', signedIn, async (req, res) => {
    await sessions.end((req.cookies as Record<string, string>)[SESSION_COOKIE]);
    res.clearCookie(SESSION_COOKIE, { ...cookieFlags, path: '/' });
    res.redirect(303, '/province/login');
  });

  router.get('/', signedIn, async (req, res) => {
    const caller = callerOf(req);
    const query = parse(OrgListQuery, { ...filled(req.query), limit: PAGE_SIZE });
    const scope = provinceScope(caller, query.province);
    const [everything, progress] = await Promise.all([
      service.all(caller, query.province),
      service.progress(caller, query.province),
    ]);
    const list = selectOrgs(everything, query);
    page(
      res,
      DashboardPage({
        ctx: pageContext(req),
        scope,
        all: everything,
        shown: list.orgs,
        total: list.total,
        query,
        progress,
        admin: caller.role === 'admin',
      }),
    );
  });

  router.get('/orgs/:code', signedIn, async (req, res) => {
    const caller = callerOf(req);
    const code = String(req.params.code);
    const q = parse(SpotCheckQuery, filled(req.query));
    if (req.query.seed === '') {
      // A new draw gets its seed in the address, so the page can be reloaded, printed and shared as it is.
      res.redirect(303, pageContext(req).href(`/province/orgs/${code}`, { seed: newSeed(), n: q.n }));
      return;
    }
    const [detail, spot] = await Promise.all([
      service.detail(caller, code),
      q.seed ? service.spotCheck(caller, code, q.seed, q.n) : Promise.resolve(null),
    ]);
    page(res, OrgPage({ ctx: pageContext(req), detail, spot, n: q.n }));
  });

  router.get('/overdue', signedIn, async (req, res) => {
    const province = typeof req.query.province === 'string' ? req.query.province : undefined;
    const orgs = await service.overdue(callerOf(req), province);
    const admin = callerOf(req).role === 'admin';
    page(res, OverduePage({ ctx: pageContext(req), orgs, province, admin }));
  });

  router.get('/template', signedIn, async (req, res) => {
    const province = typeof req.query.province === 'string' ? req.query.province : undefined;
    const ctx = pageContext(req);
    if (callerOf(req).role === 'admin' && !province) {
      page(res, ChooseProvincePage({ ctx, action: '/province/template' }));
      return;
    }
    const template = await service.template(callerOf(req), province);
    page(res, TemplatePage({ ctx: pageContext(req), template, saved: req.query.saved === '1', province }));
  });
  router.post('/template', signedIn, async (req, res) => {
    const body = req.body as Record<string, unknown>;
    const province = typeof req.query.province === 'string' ? req.query.province : undefined;
    const template = parse(LetterTemplate, {
      refNo: body.refNo,
      officeLines: lines(body.officeLines),
      subject: body.subject,
      salutation: body.salutation,
      reference: body.reference ?? '',
      body: lines(body.body),
      closing: body.closing,
      signerName: body.signerName ?? '',
      signerTitleLines: lines(body.signerTitleLines),
      contactLines: lines(body.contactLines),
    });
    await service.saveTemplate(callerOf(req), template, province);
    res.redirect(303, pageContext(req).href('/province/template', { province, saved: 1 }));
  });

  const proposals = new ProfileProposals(db);
  router.get('/proposals', signedIn, async (req, res) => {
    const caller = callerOf(req);
    const [list, health] = await Promise.all([proposals.list(caller), proposals.health(caller)]);
    const text = (name: string) =>
      typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;
    const approved = text('approved');
    const province = text('province');
    page(
      res,
      ProposalsPage({
        ctx: pageContext(req),
        proposals: list,
        health,
        approved,
        province,
        national: caller.role === 'admin',
      }),
    );
  });
  router.post('/proposals/approve', signedIn, async (req, res) => {
    const body = req.body as Record<string, unknown>;
    const { profile, province } = await proposals.approve(
      callerOf(req),
      String(body.org ?? ''),
      String(body.id ?? ''),
    );
    res.redirect(
      303,
      pageContext(req).href('/province/proposals', {
        approved: `${profile.id}@${profile.version}`,
        province: province ?? undefined,
      }),
    );
  });

  // Errors on a page are shown as a page (same codes and statuses as the API).
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof AppError)) {
      next(error);
      return;
    }
    const status =
      { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 }[error.code as string] ?? 400;
    page(res, ErrorPage({ ctx: pageContext(req), message: toWire(error).message }), status);
  });
  return router;
}
