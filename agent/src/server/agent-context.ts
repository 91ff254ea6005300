import type { CardService } from '../card/card-service';
import type { AgentConfig } from '../config';
import type { Logger } from '../log';
import type { AuditLog } from './audit-log';
import type { ClientStore } from './client-store';
import type { ConsentPrompter } from './consent';
import type { PairingWindow } from './pairing';
import type { RateLimiter } from './rate-limiter';

/** Everything a connection needs from the agent; built once in create-agent.ts. */
export interface AgentContext {
  config: AgentConfig;
  agentVersion: string;
  log: Logger;
  audit: AuditLog;
  clients: ClientStore;
  pairing: PairingWindow;
  cards: CardService;
  consent: ConsentPrompter;
  readLimiter: RateLimiter;
  /** Authenticated connections by client id: one per client (P-10). */
  sessions: Map<string, { close(code: number, reason: string): void }>;
  handshakeTimeoutMs: number;
  idleTimeoutMs: number;
}
