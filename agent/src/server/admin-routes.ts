import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { AppError } from '../../../shared/errors';
import { AGENT_PROTOCOL_VERSION } from '../../../shared/protocol/agent';
import type { AdminStatus, PairingOpened } from '../../../shared/protocol/agent-admin';
import type { AgentContext } from './agent-context';
import { agentStatus } from './handle-call';

/**
 * Local support routes for the `lhr-agent` CLI. They need the admin token from the config folder (readable only by
 * this user) and refuse any request that carries an Origin header, so no web page can reach them.
 */
export function adminRoutes(ctx: AgentContext, adminToken: string, connections: () => number): Router {
  const router = express.Router();
  const expected = Buffer.from(`Bearer ${adminToken}`);

  router.use((req: Request, _res: Response, next: NextFunction) => {
    if (req.headers.origin !== undefined)
      throw new AppError('FORBIDDEN_ORIGIN', 'admin routes are not for browsers');
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('UNAUTHORIZED', 'admin token required');
    }
    next();
  });

  router.post('/pairing', (_req, res) => {
    const opened: PairingOpened = ctx.pairing.open();
    ctx.audit.write({ event: 'pairing.opened' });
    res.json(opened);
  });

  router.get('/status', (_req, res) => {
    const status: AdminStatus = {
      agentVersion: ctx.agentVersion,
      protocol: AGENT_PROTOCOL_VERSION,
      port: ctx.config.port,
      ...agentStatus(ctx.cards),
      clients: ctx.clients.list().map(({ clientId, name, pairedAt }) => ({ clientId, name, pairedAt })),
      connections: connections(),
    };
    res.json(status);
  });

  router.delete('/clients/:clientId', (req, res) => {
    const clientId = String(req.params.clientId);
    if (!ctx.clients.revoke(clientId)) throw new AppError('NOT_FOUND', 'no such client');
    ctx.sessions.get(clientId)?.close(1008, 'revoked');
    ctx.audit.write({ event: 'client.revoked', clientId });
    res.status(204).end();
  });
  return router;
}
