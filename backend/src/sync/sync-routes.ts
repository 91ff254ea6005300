import { Router } from 'express';
import { PullQuery, PushRequest } from '../../../shared/protocol/sync';
import { callerOf } from '../auth/auth-routes';
import { parse } from '../http-errors';
import type { SyncStore } from './sync-store';

export function syncRoutes(store: SyncStore): Router {
  const router = Router();
  router.post('/push', async (req, res) => {
    res.json(await store.push(callerOf(req), parse(PushRequest, req.body)));
  });
  router.get('/pull', async (req, res) => {
    res.type('application/json').send(await store.pullJson(callerOf(req), parse(PullQuery, req.query)));
  });
  return router;
}
