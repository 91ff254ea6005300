import { type RequestHandler, Router } from 'express';
import { PullQuery, PushRequest } from '../../../shared/protocol/sync';
import { callerOf } from '../auth/auth-routes';
import { parse } from '../http-errors';
import type { SyncStore } from './sync-store';

/** Push and pull (docs/sync-protocol.md); every body and query is parsed with its schema first. */
export function syncRoutes(signedIn: RequestHandler, store: SyncStore): Router {
  const router = Router();
  router.post('/push', signedIn, async (req, res) => {
    res.json(await store.push(callerOf(req), parse(PushRequest, req.body)));
  });
  router.get('/pull', signedIn, async (req, res) => {
    res.type('json').send(await store.pullJson(callerOf(req), parse(PullQuery, req.query)));
  });
  return router;
}
