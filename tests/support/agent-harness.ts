import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import WebSocket from 'ws';
import type { CardService } from '../../agent/src/card/card-service';
import { adminCall } from '../../agent/src/cli/admin-client';
import { AgentConfig, DEV_EXTENSION_ID } from '../../agent/src/config';
import { createLogger } from '../../agent/src/log';
import { type AgentDeps, createAgent, listenAgent } from '../../agent/src/server/create-agent';
import { type AgentCredentials, AgentSession, pairWithAgent } from '../../shared/agent-client/agent-session';
import { randomNonce } from '../../shared/agent-client/auth-mac';
import { pairingKey, pairRequestMac } from '../../shared/agent-client/pair-proof';
import type { SocketFactory } from '../../shared/agent-client/socket';

export const EXTENSION_ORIGIN = `chrome-extension://${DEV_EXTENSION_ID}`;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A running in-process agent with its log captured and helpers to talk to it like the extension does. */
export async function startTestAgent(
  cards: CardService,
  options: Partial<AgentDeps> & { port?: number; devExtension?: boolean } = {},
) {
  const { port: fixedPort, devExtension = true, ...overrides } = options;
  const port = fixedPort ?? (await freePort());
  const dir = overrides.dir ?? mkdtempSync(join(tmpdir(), 'lhr-agent-test-'));
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const agent = createAgent({
    // The tests' (and e2e's) extension is the development build, admitted only on purpose.
    config: AgentConfig.parse({ port, allowDevelopmentExtension: devExtension }),
    dir,
    log: createLogger('agent', sink, 'debug'),
    cards,
    limits: { connectionAttemptsPerMinute: 10_000 },
    ...overrides,
  });
  await listenAgent(agent, port);
  const url = `ws://127.0.0.1:${port}/v1`;
  const connect: SocketFactory = (u) => new WebSocket(u, { origin: EXTENSION_ORIGIN }) as never;
  return {
    agent,
    port,
    dir,
    url,
    connect,
    logText: () => logLines.join(''),
    auditLines: (): Array<Record<string, unknown>> => {
      try {
        return readFileSync(join(dir, 'audit.log'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l));
      } catch {
        return [];
      }
    },
    /** An admin call the way `lhr-agent` makes it (challenge, MAC, the agent's proof over the answer). */
    admin: (method: string, path: string) => adminCall(port, agent.adminToken, method, path),
    async pair(name = 'test browser'): Promise<AgentCredentials> {
      const { body } = await adminCall(port, agent.adminToken, 'POST', '/pairing');
      return pairWithAgent(connect, url, (body as { code: string }).code, name);
    },
    session: (credentials: AgentCredentials) => AgentSession.open(connect, url, credentials),
    close: () => agent.close(),
  };
}
export type TestAgent = Awaited<ReturnType<typeof startTestAgent>>;

/** Sends a raw upgrade request and reports the status line; `upgraded` is true only for a 101. */
export function rawUpgrade(
  port: number,
  headers: Record<string, string>,
  path = '/v1',
): Promise<{ status: number; upgraded: boolean; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, upgraded: true, headers: res.headers });
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, upgraded: false, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a raw ws connection and records every frame and the close code/reason. */
export function rawSocket(url: string, origin = EXTENSION_ORIGIN) {
  const ws = new WebSocket(url, { origin });
  const frames: string[] = [];
  ws.on('message', (data) => frames.push(data.toString()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on('error', () => {});
  const hello = new Promise<{ agentNonce: string }>((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(data.toString())));
  });
  return { ws, frames, closed, hello };
}

/** A `pair.request` frame proving `code` on the connection whose `agent.hello` carried `agentNonce`. */
export async function pairRequestFrame(code: string, agentNonce: string, clientName = 'x'): Promise<string> {
  const clientNonce = randomNonce();
  const mac = await pairRequestMac(await pairingKey(code, agentNonce, clientNonce), agentNonce, clientNonce);
  return JSON.stringify({ type: 'pair.request', clientName, clientNonce, mac });
}
