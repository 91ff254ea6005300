import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { AppError } from '../../../shared/errors';
import { AGENT_PROTOCOL_VERSION } from '../../../shared/protocol/agent';
import type { AdminChallenge, AdminStatus, PairingOpened } from '../../../shared/protocol/agent-admin';
import {
  AGENT_PROOF_HEADER,
  adminNonce,
  adminRequestMac,
  adminResponseProof,
  macMatches,
  parseAdminAuthorization,
} from '../admin-auth';
import type { AgentContext } from './agent-context';
import { agentStatus } from './handle-call';

const CHALLENGE_TTL_MS = 30_000;
const MAX_OPEN_CHALLENGES = 32;

/**
 * Local support routes for the `lhr-agent` CLI, authenticated both ways with the admin token from the config folder
 * (readable only by this user) without ever sending it (see admin-auth.ts). Any request carrying an Origin header
 * is refused, so no web page can reach them.
 */
export function adminRoutes(ctx: AgentContext, adminToken: string, connections: () => number): Router {
  const router = express.Router();
  const challenges = new Map<string, number>();

  router.use((req: Request, _res: Response, next: NextFunction) => {
    if (req.headers.origin !== undefined)
      throw new AppError('FORBIDDEN_ORIGIN', 'admin routes are not for browsers');
    next();
  });

  router.get('/challenge', (_req, res) => {
    const now = Date.now();
    for (const [nonce, expiresAt] of challenges) if (expiresAt <= now) challenges.delete(nonce);
    while (challenges.size >= MAX_OPEN_CHALLENGES) challenges.delete(challenges.keys().next().value ?? '');
    const challenge: AdminChallenge = { nonce: adminNonce() };
    challenges.set(challenge.nonce, now + CHALLENGE_TTL_MS);
    res.json(challenge);
  });

  router.use((req: Request, res: Response, next: NextFunction) => {
    const auth = parseAdminAuthorization(req.headers.authorization);
    const expiresAt = auth ? challenges.get(auth.nonce) : undefined;
    if (auth) challenges.delete(auth.nonce); // single use, whatever the outcome
    const expected = auth ? adminRequestMac(adminToken, req.method, req.path, auth.nonce, auth.cnonce) : '';
    if (!auth || expiresAt === undefined || expiresAt <= Date.now() || !macMatches(expected, auth.mac)) {
      throw new AppError('UNAUTHORIZED', 'admin token required');
    }
    res.locals.reply = (status: number, value?: unknown) => {
      const body = value === undefined ? '' : JSON.stringify(value);
      res.set(AGENT_PROOF_HEADER, adminResponseProof(adminToken, auth.cnonce, auth.nonce, status, body));
      if (body) res.status(status).type('application/json').send(body);
      else res.status(status).end();
    };
    next();
  });
  const reply = (res: Response, status: number, value?: unknown) =>
    (res.locals.reply as (status: number, value?: unknown) => void)(status, value);

  router.post('/pairing', (_req, res) => {
    const opened: PairingOpened = ctx.pairing.open();
    ctx.audit.write({ event: 'pairing.opened' });
    reply(res, 200, opened);
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
    reply(res, 200, status);
  });

  router.delete('/clients/:clientId', (req, res) => {
    const clientId = String(req.params.clientId);
    if (!ctx.clients.revoke(clientId)) throw new AppError('NOT_FOUND', 'no such client');
    ctx.sessions.get(clientId)?.close(1008, 'revoked');
    ctx.audit.write({ event: 'client.revoked', clientId });
    reply(res, 204);
  });
  return router;
}
