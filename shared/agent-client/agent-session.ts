import type { CardField, CardText } from '../card/card-record';
import { AppError, ErrorCode } from '../errors';
import { AGENT_PROTOCOL_VERSION, AgentMessage, type AgentStatus } from '../protocol/agent';
import { computeAuthMac, randomNonce } from './auth-mac';
import { pairingKey, pairRequestMac, verifyPairResult } from './pair-proof';
import type { SocketFactory, SocketLike } from './socket';

export interface AgentCredentials {
  clientId: string;
  secret: string;
}

export interface CardReadResult {
  card: CardText;
  photo: { jpeg: Uint8Array; sha256: string } | null;
}

type Listener = (message: AgentMessage) => void;

function closeError(code: number, reason: string): AppError {
  const parsed = ErrorCode.safeParse(reason);
  if (parsed.success) return new AppError(parsed.data, `agent closed the connection (${reason})`);
  return new AppError('AGENT_UNAVAILABLE', `ติดต่อโปรแกรมอ่านบัตรไม่ได้ (agent connection closed, ${code})`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A socket whose every inbound frame is parsed with the AgentMessage schema before anyone sees it. */
class Channel {
  private readonly listeners = new Set<Listener>();
  /** agent.hello can arrive in the same tick as 'open', before anyone listens: keep it. */
  hello: Extract<AgentMessage, { type: 'agent.hello' }> | null = null;
  private closed: AppError | null = null;
  private readonly closeWaiters = new Set<(error: AppError) => void>();

  constructor(readonly socket: SocketLike) {
    socket.addEventListener('message', (event) => {
      const parsed = typeof event.data === 'string' ? AgentMessage.safeParse(parseJson(event.data)) : null;
      if (!parsed?.success) {
        socket.close(1008, 'INVALID_MESSAGE');
        return;
      }
      if (parsed.data.type === 'agent.hello') this.hello = parsed.data;
      for (const listener of this.listeners) listener(parsed.data);
    });
    socket.addEventListener('close', (event) => {
      this.closed = closeError(event.code, event.reason);
      for (const waiter of this.closeWaiters) waiter(this.closed);
    });
    socket.addEventListener('error', () => {});
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first message `pick` accepts; rejects when the socket closes or on timeout. */
  next<T>(pick: (m: AgentMessage) => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(this.closed);
      const timer = setTimeout(
        () => finish(() => reject(new AppError('TIMEOUT', 'โปรแกรมอ่านบัตรไม่ตอบ (agent timeout)'))),
        timeoutMs,
      );
      const off = this.on((m) => {
        try {
          const value = pick(m);
          if (value !== undefined) finish(() => resolve(value));
        } catch (error) {
          finish(() => reject(error));
        }
      });
      const onClose = (error: AppError) => finish(() => reject(error));
      this.closeWaiters.add(onClose);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        off();
        this.closeWaiters.delete(onClose);
        settle();
      };
    });
  }
}

function opened(socket: SocketLike, timeoutMs: number): Promise<Channel> {
  const channel = new Channel(socket);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new AppError('AGENT_UNAVAILABLE', 'ติดต่อโปรแกรมอ่านบัตรไม่ได้ (agent not reachable)')),
      timeoutMs,
    );
    socket.addEventListener('open', () => {
      clearTimeout(timer);
      resolve(channel);
    });
    socket.addEventListener('close', (event) => {
      clearTimeout(timer);
      reject(closeError(event.code, event.reason));
    });
  });
}

function agentHello(channel: Channel, timeoutMs: number) {
  if (channel.hello) return Promise.resolve(channel.hello);
  return channel.next((m) => (m.type === 'agent.hello' ? m : undefined), timeoutMs);
}

/**
 * Pairs with the agent using the 6-digit code from `lhr-agent pair`; returns the credentials to keep. The code is
 * never sent: both ends prove it with a key derived from it, and the agent's proof binds the issued credentials to
 * the code, so whatever squats on the port while the officer types the code cannot become "the agent".
 */
export async function pairWithAgent(
  connect: SocketFactory,
  url: string,
  code: string,
  clientName: string,
  timeoutMs = 5000,
): Promise<AgentCredentials> {
  if (!/^\d{6}$/.test(code))
    throw new AppError('PAIRING_CODE_WRONG', 'รหัสจับคู่เป็นตัวเลข 6 หลัก (the pairing code is 6 digits)');
  const channel = await opened(connect(url), timeoutMs);
  try {
    const { agentNonce } = await agentHello(channel, timeoutMs);
    const clientNonce = randomNonce();
    const key = await pairingKey(code, agentNonce, clientNonce);
    const mac = await pairRequestMac(key, agentNonce, clientNonce);
    channel.socket.send(JSON.stringify({ type: 'pair.request', clientName, clientNonce, mac }));
    const result = await channel.next((m) => (m.type === 'pair.result' ? m : undefined), timeoutMs);
    if (!(await verifyPairResult(key, agentNonce, clientNonce, result))) {
      throw new AppError(
        'UNAUTHORIZED',
        'โปรแกรมที่พอร์ตนี้ไม่ใช่ agent ที่ออกรหัสจับคู่ (the program on the agent port did not issue this code)',
      );
    }
    return { clientId: result.clientId, secret: result.secret };
  } finally {
    channel.socket.close(1000, 'paired');
  }
}

/** An authenticated connection to the agent (mutual HMAC: the agent must prove it knows the secret too). */
export class AgentSession {
  private nextId = 1;

  private constructor(
    private readonly channel: Channel,
    private readonly timeoutMs: number,
  ) {}

  static async open(
    connect: SocketFactory,
    url: string,
    credentials: AgentCredentials,
    timeoutMs = 5000,
  ): Promise<AgentSession> {
    const channel = await opened(connect(url), timeoutMs);
    try {
      const { agentNonce, protocol } = await agentHello(channel, timeoutMs);
      if (protocol !== AGENT_PROTOCOL_VERSION)
        throw new AppError('PROTOCOL_MISMATCH', `agent speaks protocol ${protocol}`);
      const clientNonce = randomNonce();
      const mac = await computeAuthMac(credentials.secret, 'c2a', agentNonce, clientNonce);
      channel.socket.send(
        JSON.stringify({
          type: 'auth.hello',
          protocol: AGENT_PROTOCOL_VERSION,
          clientId: credentials.clientId,
          clientNonce,
          mac,
        }),
      );
      const ok = await channel.next((m) => (m.type === 'auth.ok' ? m : undefined), timeoutMs);
      if (ok.mac !== (await computeAuthMac(credentials.secret, 'a2c', clientNonce, agentNonce))) {
        throw new AppError(
          'UNAUTHORIZED',
          'โปรแกรมที่พอร์ตนี้ไม่ใช่ agent ที่จับคู่ไว้ (the agent failed to prove its identity)',
        );
      }
      return new AgentSession(channel, timeoutMs);
    } catch (error) {
      channel.socket.close(1000, 'handshake failed');
      throw error;
    }
  }

  /** Events that are not replies (readers.changed). */
  onEvent(listener: (message: AgentMessage) => void): () => void {
    return this.channel.on((m) => {
      if (m.type === 'readers.changed') listener(m);
    });
  }

  async status(): Promise<AgentStatus> {
    const id = this.id();
    this.channel.socket.send(JSON.stringify({ type: 'status.get', id }));
    return this.channel.next(
      (m) => (m.type === 'status' && m.id === id ? m.status : this.failure(m, id)),
      this.timeoutMs,
    );
  }

  /** Reads the card; resolves only when the whole read is done (`card.done`), so no partial record is ever kept. */
  async readCard(request: {
    fields: readonly CardField[];
    photo: boolean;
    pageOrigin: string;
    waitMs?: number;
    /** the read is armed: `insert` the card, or take it out and `reinsert` it (it was already in or already read) */
    onWaiting?: (reason: 'insert' | 'reinsert') => void;
    onPhotoProgress?: (bytesRead: number, bytesTotal: number) => void;
  }): Promise<CardReadResult> {
    const id = this.id();
    let card: CardText | null = null;
    let photo: CardReadResult['photo'] = null;
    const { fields, photo: wantPhoto, pageOrigin } = request;
    this.channel.socket.send(JSON.stringify({ type: 'card.read', id, fields, photo: wantPhoto, pageOrigin }));
    return this.channel.next((m) => {
      if ('id' in m && m.id !== id) return undefined;
      if (m.type === 'card.waiting') request.onWaiting?.(m.reason);
      else if (m.type === 'card.photo.progress') request.onPhotoProgress?.(m.bytesRead, m.bytesTotal);
      else if (m.type === 'card.text') card = m.card;
      else if (m.type === 'card.photo')
        photo = { jpeg: Uint8Array.from(atob(m.jpegBase64), (c) => c.charCodeAt(0)), sha256: m.sha256 };
      else if (m.type === 'card.done' && card) return { card, photo };
      return this.failure(m, id);
    }, request.waitMs ?? 70_000);
  }

  /** Called once when the agent connection closes, for whatever reason. */
  onClose(listener: () => void): void {
    this.channel.socket.addEventListener('close', () => listener());
  }

  close(): void {
    this.channel.socket.close(1000, 'bye');
  }

  private failure(m: AgentMessage, id: string): never | undefined {
    if (m.type === 'error' && m.id === id) throw new AppError(m.error.code, m.error.message);
    return undefined;
  }

  private id(): string {
    return String(this.nextId++);
  }
}
