import { type Response, Router } from 'express';
import { PullQuery, PushRequest } from '../../../shared/protocol/sync';
import { callerOf } from '../auth/auth-routes';
import { parse } from '../http-errors';
import type { SyncStore } from './sync-store';

export function syncRoutes(store: SyncStore): Router {
  const router = Router();
  router.post('/push', async (req, res) => {
    sendJson(res, JSON.stringify(await store.push(callerOf(req), parse(PushRequest, req.body))));
  });
  router.get('/pull', async (req, res) => {
    sendJson(res, await store.pullJson(callerOf(req), parse(PullQuery, req.query)));
  });
  return router;
}

/**
 * Sends JSON that is already text or bytes. Express's `res.send` looks up types, charsets and freshness on every
 * call; these answers need none of it (never cached, always JSON).
 */
function sendJson(res: Response, body: string | Buffer): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(body);
}
