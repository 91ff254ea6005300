import browser from 'webextension-polyfill';
import { type AgentCredentials, AgentSession, pairWithAgent } from '../../shared/agent-client/agent-session';
import type { SocketFactory } from '../../shared/agent-client/socket';
import { AppError, toWire, type WireError } from '../../shared/errors';
import type { AgentStatus } from '../../shared/protocol/agent';
import type { AgentLinkStatus } from '../../shared/protocol/runtime';
import { PRACTICE_BUILD } from './build-flags';
import type { SecretStore } from './secret-store';

const DEFAULT_PORT = 47_321;
const KEEPALIVE_MS = 20_000;
const IDLE_CLOSE_MS = 60_000;

const connectSocket: SocketFactory = (url) => new WebSocket(url);

/**
 * The background's one connection to the card agent. Credentials live in the secret store; the socket is opened
 * only here (never from a content script), kept alive with pings while in use, and closed when idle.
 */
export class AgentLink {
  private session: AgentSession | null = null;
  private opening: Promise<AgentSession> | null = null;
  private keepalive: ReturnType<typeof setInterval> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private lastError: WireError | null = null;
  private lastUse = 0;
  private retryDelay = 1000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private agentStatus: AgentStatus | null = null;

  constructor(private readonly secrets: SecretStore) {}

  /**
   * The agent's port is fixed in release builds: storage.local is writable by content scripts, and a page must not
   * steer the pairing to another local program. Tests and the demo run the agent on a free port (practice builds).
   */
  private async url(): Promise<string> {
    const { agentPort } = PRACTICE_BUILD ? await browser.storage.local.get('agentPort') : {};
    const port =
      Number.isInteger(agentPort) && (agentPort as number) > 1023 ? (agentPort as number) : DEFAULT_PORT;
    return `ws://127.0.0.1:${port}/v1`;
  }

  private async credentials(): Promise<AgentCredentials | null> {
    const c = await this.secrets.get<Partial<AgentCredentials>>('agentCredentials');
    return c?.clientId && c.secret ? { clientId: c.clientId, secret: c.secret } : null;
  }

  async pair(code: string): Promise<void> {
    const credentials = await pairWithAgent(connectSocket, await this.url(), code, 'LHR Assist (browser)');
    await this.secrets.set('agentCredentials', credentials);
    this.drop();
  }

  async forget(): Promise<void> {
    await this.secrets.remove('agentCredentials');
    this.drop();
  }

  /** An authenticated session, opening one if needed. */
  async open(): Promise<AgentSession> {
    this.touch();
    return this.attempt();
  }

  private attempt(): Promise<AgentSession> {
    if (this.session) return Promise.resolve(this.session);
    this.opening ??= this.connect().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  async status(): Promise<AgentLinkStatus> {
    const paired = (await this.credentials()) !== null;
    if (paired) {
      try {
        this.agentStatus = await (await this.open()).status();
        this.lastError = null;
      } catch (error) {
        this.lastError = toWire(error);
      }
    }
    return {
      paired,
      connection: !paired
        ? 'unpaired'
        : this.session
          ? 'connected'
          : this.opening
            ? 'connecting'
            : 'unavailable',
      pcsc: this.session ? (this.agentStatus?.pcsc ?? null) : null,
      readers: this.session ? (this.agentStatus?.readers ?? []) : [],
      lastError: this.lastError,
    };
  }

  /** Marks the link busy so it is not closed while a read is pending. */
  touch(): void {
    this.lastUse = Date.now();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.drop(), IDLE_CLOSE_MS);
  }

  /**
   * The agent went away while in use (restarted, PC woke up): try again after 1 s, 2 s, 4 s … 30 s, as long as the
   * link was used in the last minute, so the next read finds it connected.
   */
  private reconnectSoon(): void {
    if (this.retryTimer || Date.now() - this.lastUse > IDLE_CLOSE_MS) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.attempt().then(
        () => {
          this.retryDelay = 1000;
        },
        () => {
          this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
          this.reconnectSoon();
        },
      );
    }, this.retryDelay);
  }

  private async connect(): Promise<AgentSession> {
    const credentials = await this.credentials();
    if (!credentials)
      throw new AppError('NOT_PAIRED', 'ยังไม่ได้จับคู่กับโปรแกรมอ่านบัตร (not paired with the card agent)');
    try {
      const session = await AgentSession.open(connectSocket, await this.url(), credentials);
      this.session = session;
      this.lastError = null;
      // The MV3 worker dies after ~30 s idle; a ping every 20 s keeps it (and the socket) alive while in use.
      this.keepalive = setInterval(() => void session.status().catch(() => this.drop()), KEEPALIVE_MS);
      session.onClose(() => {
        if (this.session !== session) return; // closed on purpose (idle, forget)
        this.drop();
        this.reconnectSoon();
      });
      return session;
    } catch (error) {
      const wire = toWire(error);
      this.lastError =
        wire.code === 'UNKNOWN' || wire.code === 'AGENT_UNAVAILABLE'
          ? {
              code: 'AGENT_UNAVAILABLE',
              message: 'ไม่พบโปรแกรมอ่านบัตร (lhr-agent) — ตรวจสอบว่าเปิดโปรแกรมไว้แล้ว (card agent not running)',
            }
          : wire;
      throw new AppError(this.lastError.code, this.lastError.message);
    }
  }

  private drop(): void {
    if (this.keepalive) clearInterval(this.keepalive);
    this.keepalive = null;
    const session = this.session;
    this.session = null;
    session?.close();
  }
}
