import type { Express, RequestHandler, Response } from 'express';
import { PullQuery, PushRequest } from '../../../shared/protocol/sync';
import { callerOf } from '../auth/auth-routes';
import { parse } from '../http-errors';
import type { SyncStore } from './sync-store';

/**
 * The sync routes, mounted straight on the app: they take nearly all the traffic, and every router level a request
 * passes through costs time on every call.
 */
export function mountSyncRoutes(app: Express, signedIn: RequestHandler, store: SyncStore): void {
  app.post('/v1/sync/push', signedIn, async (req, res) => {
    sendJson(res, JSON.stringify(await store.push(callerOf(req), parse(PushRequest, req.body))));
  });
  app.get('/v1/sync/pull', signedIn, async (req, res) => {
    sendJson(res, await store.pullJson(callerOf(req), parse(PullQuery, req.query)));
  });
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
