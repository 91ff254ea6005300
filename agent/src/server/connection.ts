import type { WebSocket } from 'ws';
import { pairingKey, pairResultMac, verifyPairRequest } from '../../../shared/agent-client/pair-proof';
import {
  AGENT_CLOSE,
  AGENT_PROTOCOL_VERSION,
  type AgentMessage,
  ClientMessage,
  type PairRequest,
  PreAuthMessage,
} from '../../../shared/protocol/agent';
import type { AgentContext } from './agent-context';
import { authMac, macEquals, newNonce } from './auth-mac';
import { handleCall } from './handle-call';

type Phase = { kind: 'handshake' } | { kind: 'ready'; clientId: string; clientName: string };

/**
 * How long a socket the agent closed may take to answer the close frame before it is cut. `ws` alone would wait
 * 30 s, so a client that never authenticates and never answers would hold a connection slot for 35 s.
 */
export const CLOSE_GRACE_MS = 1000;

/**
 * One WebSocket from the extension: `agent.hello` → (`pair.request`) → `auth.hello` within the handshake timeout,
 * then calls. Any frame that does not parse, or a failed handshake, closes with 1008 and no application frame.
 */
export class AgentConnection {
  private phase: Phase = { kind: 'handshake' };
  private readonly agentNonce = newNonce();
  private readonly aborter = new AbortController();
  private handshakeTimer: NodeJS.Timeout;
  private idleTimer: NodeJS.Timeout | null = null;
  private cutTimer: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly ctx: AgentContext,
    private readonly origin: string,
  ) {
    this.handshakeTimer = setTimeout(() => this.reject('handshake-timeout'), ctx.handshakeTimeoutMs);
    ws.on('message', (data, isBinary) => this.onFrame(data.toString(), isBinary));
    ws.on('close', () => this.onClose());
    ws.on('error', () => {});
    this.send({
      type: 'agent.hello',
      protocol: AGENT_PROTOCOL_VERSION,
      agentVersion: ctx.agentVersion,
      agentNonce: this.agentNonce,
    });
  }

  send(message: AgentMessage): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  /** True once the agent has closed this connection: it no longer counts against the connection limit. */
  get isClosing(): boolean {
    return this.closing;
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.ws.close(code, reason);
    this.cutTimer = setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS);
  }

  private onFrame(text: string, isBinary: boolean): void {
    if (this.closing) return;
    this.touch();
    let json: unknown;
    try {
      json = isBinary ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (this.phase.kind === 'handshake') {
      this.onHandshake(json);
      return;
    }
    const parsed = ClientMessage.safeParse(json);
    if (!parsed.success) {
      this.ctx.log.warn('agent.invalid_message', { clientId: this.phase.clientId });
      this.close(AGENT_CLOSE.policy, 'INVALID_MESSAGE');
      return;
    }
    void handleCall(
      parsed.data,
      { ...this.phase, signal: this.aborter.signal, send: (m) => this.send(m) },
      this.ctx,
    );
  }

  private onHandshake(json: unknown): void {
    const parsed = PreAuthMessage.safeParse(json);
    if (!parsed.success) {
      this.reject('invalid-message');
      return;
    }
    const message = parsed.data;
    if (message.type === 'pair.request') {
      void this.onPairRequest(message);
      return;
    }
    if (message.protocol !== AGENT_PROTOCOL_VERSION) {
      this.reject('protocol-mismatch', 'PROTOCOL_MISMATCH');
      return;
    }
    const client = this.ctx.clients.get(message.clientId);
    if (!client) {
      this.reject('not-paired', 'NOT_PAIRED', message.clientId);
      return;
    }
    const expected = authMac(client.secret, 'c2a', this.agentNonce, message.clientNonce);
    if (!macEquals(expected, message.mac)) {
      this.reject('bad-mac', 'UNAUTHORIZED', message.clientId);
      return;
    }

    clearTimeout(this.handshakeTimer);
    this.ctx.sessions.get(client.clientId)?.close(AGENT_CLOSE.replaced, 'replaced by a newer connection');
    this.ctx.sessions.set(client.clientId, this);
    this.phase = { kind: 'ready', clientId: client.clientId, clientName: client.name };
    this.send({ type: 'auth.ok', mac: authMac(client.secret, 'a2c', message.clientNonce, this.agentNonce) });
    this.ctx.log.info('agent.authenticated', { clientId: client.clientId });
  }

  /** Checks the code proof, then issues the client and proves back that this agent issued the code (P-05). */
  private async onPairRequest(message: PairRequest): Promise<void> {
    // The agent's own key derivation does not count against the client's handshake time.
    clearTimeout(this.handshakeTimer);
    try {
      const attempt = this.ctx.pairing.attempt();
      const key = await pairingKey(attempt.code, this.agentNonce, message.clientNonce);
      attempt.settle(await verifyPairRequest(key, this.agentNonce, message.clientNonce, message.mac));
      const client = this.ctx.clients.add(message.clientName);
      this.ctx.audit.write({ event: 'pairing.succeeded', clientId: client.clientId, origin: this.origin });
      const { clientId, secret } = client;
      const mac = await pairResultMac(key, this.agentNonce, message.clientNonce, clientId, secret);
      this.send({ type: 'pair.result', clientId, secret, mac });
      if (!this.closing)
        this.handshakeTimer = setTimeout(() => this.reject('handshake-timeout'), this.ctx.handshakeTimeoutMs);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'UNKNOWN';
      this.ctx.audit.write({ event: 'pairing.failed', reason: code, origin: this.origin });
      this.close(AGENT_CLOSE.policy, code);
    }
  }

  private reject(reason: string, code = 'UNAUTHORIZED', clientId?: string): void {
    this.ctx.audit.write({
      event: 'handshake.rejected',
      reason,
      origin: this.origin,
      ...(clientId ? { clientId } : {}),
    });
    this.ctx.log.warn('agent.handshake_rejected', { reason });
    this.close(AGENT_CLOSE.policy, code);
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(AGENT_CLOSE.idle, 'idle'), this.ctx.idleTimeoutMs);
  }

  private onClose(): void {
    this.closing = true;
    if (this.cutTimer) clearTimeout(this.cutTimer);
    clearTimeout(this.handshakeTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.aborter.abort();
    if (this.phase.kind === 'ready' && this.ctx.sessions.get(this.phase.clientId) === this) {
      this.ctx.sessions.delete(this.phase.clientId);
    }
  }
}
