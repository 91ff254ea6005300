import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { WebSocketServer } from 'ws';
import { AppError } from '../../../shared/errors';
import { AGENT_MAX_INBOUND_BYTES, type AgentMessage } from '../../../shared/protocol/agent';
import type { CardService } from '../card/card-service';
import { type AgentConfig, pinnedExtensionIds } from '../config';
import type { Logger } from '../log';
import { adminRoutes } from './admin-routes';
import type { AgentContext } from './agent-context';
import { AuditLog, REJECTED_LINES_PER_MINUTE } from './audit-log';
import { ClientStore } from './client-store';
import { AgentConnection } from './connection';
import { type ConsentPrompter, presenceIsConsent } from './consent';
import { agentStatus } from './handle-call';
import { errorHandler, notFound } from './http-errors';
import { PairingWindow } from './pairing';
import { RateLimiter } from './rate-limiter';
import { checkUpgrade, isAllowedHost, rejectionResponse } from './upgrade-guard';

export const AGENT_VERSION = '0.1.0';

export interface AgentDeps {
  config: AgentConfig;
  /** config folder: paired clients, admin token, audit log */
  dir: string;
  log: Logger;
  cards: CardService;
  consent?: ConsentPrompter;
  handshakeTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** P-10 defaults: 20 connection attempts and 30 reads per client per minute */
  limits?: { connectionAttemptsPerMinute?: number; readsPerMinute?: number };
}

export interface Agent {
  server: Server;
  app: express.Express;
  context: AgentContext;
  adminToken: string;
  close(): Promise<void>;
}

function loadOrCreateAdminToken(dir: string): string {
  const path = join(dir, 'admin-token');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    const token = randomBytes(32).toString('base64url');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, token, { mode: 0o600 });
    return token;
  }
}

/** Builds the agent (HTTP + WebSocket on one server) without listening; see listen-agent.ts. */
export function createAgent(deps: AgentDeps): Agent {
  const { config, log } = deps;
  const context: AgentContext = {
    config,
    agentVersion: AGENT_VERSION,
    log,
    audit: new AuditLog(join(deps.dir, 'audit.log')),
    clients: new ClientStore(join(deps.dir, 'clients.json')),
    pairing: new PairingWindow(config.pairingWindowSec * 1000),
    cards: deps.cards,
    consent: deps.consent ?? presenceIsConsent,
    readLimiter: new RateLimiter(deps.limits?.readsPerMinute ?? 30, 60_000),
    sessions: new Map(),
    handshakeTimeoutMs: deps.handshakeTimeoutMs ?? 5000,
    idleTimeoutMs: deps.idleTimeoutMs ?? 60_000,
  };
  const adminToken = loadOrCreateAdminToken(deps.dir);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: AGENT_MAX_INBOUND_BYTES,
    perMessageDeflate: false,
  });
  const connections = new Set<AgentConnection>();
  // Sockets the agent is closing are on their way out (cut after CLOSE_GRACE_MS) and no longer hold a slot.
  const active = () => [...connections].filter((c) => !c.isClosing).length;
  const rejectionLog = new RateLimiter(REJECTED_LINES_PER_MINUTE, 60_000);
  let quietRejections = 0;
  const allowedExtensionIds = pinnedExtensionIds(config);
  if (allowedExtensionIds.length === 0)
    log.warn('agent.no_extension_allowed', { setting: 'allowedExtensionIds' });
  const attempts = new RateLimiter(deps.limits?.connectionAttemptsPerMinute ?? 20, 60_000);

  const app = express();
  app.disable('x-powered-by');
  app.use((req, _res, next) => {
    if (!isAllowedHost(req.headers.host, config.port))
      throw new AppError('FORBIDDEN_HOST', 'wrong Host header');
    next();
  });
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  // No admin route reads a body, so none is parsed (a malformed one cannot turn into a 500).
  app.use('/admin', adminRoutes(context, adminToken, active));
  app.use(notFound);
  app.use(errorHandler(log));

  const server = createServer(app);
  server.on('upgrade', (req, socket, head) => {
    const origin = req.headers.origin ?? '';
    const rejection = checkUpgrade(req, {
      port: config.port,
      allowedExtensionIds,
      connections: active(),
      attempts,
    });
    if (rejection) {
      context.audit.write({
        event: 'connection.rejected',
        reason: rejection.reason,
        origin,
        host: req.headers.host ?? '',
      });
      // Any page can cause these: the operational log gets the same cap as the audit log (the rest are counted).
      if (rejectionLog.take('log')) {
        log.warn('agent.upgrade_rejected', { reason: rejection.reason, suppressed: quietRejections });
        quietRejections = 0;
      } else quietRejections++;
      socket.end(rejectionResponse(rejection));
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection = new AgentConnection(ws, context, origin);
      connections.add(connection);
      ws.on('close', () => connections.delete(connection));
    });
  });

  // Reader and card presence go to every authenticated client; they carry no personal data (P-08).
  const unsubscribe = deps.cards.port.onChange(() => {
    const message: AgentMessage = { type: 'readers.changed', status: agentStatus(deps.cards) };
    for (const session of context.sessions.values()) (session as AgentConnection).send(message);
  });

  return {
    server,
    app,
    context,
    adminToken,
    async close() {
      unsubscribe();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens on 127.0.0.1 only (P-01); a taken port is PORT_IN_USE rather than a second agent on another address. */
export function listenAgent(agent: Agent, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError(
              'PORT_IN_USE',
              `พอร์ต ${port} ถูกใช้อยู่ อาจมี lhr-agent ทำงานอยู่แล้ว (port ${port} is in use)`,
            )
          : error,
      );
    };
    agent.server.once('error', onError);
    agent.server.listen(port, '127.0.0.1', () => {
      agent.server.off('error', onError);
      const address = agent.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
