import { spawn } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { adminAuthorization } from '../../agent/src/admin-auth';
import { DEV_EXTENSION_ID } from '../../agent/src/config';
import { pairWithAgent } from '../../shared/agent-client/agent-session';
import type { SocketFactory } from '../../shared/agent-client/socket';
import { AGENT_PROTOCOL_VERSION } from '../../shared/protocol/agent';
import { EXTENSION_ORIGIN, rawUpgrade, startTestAgent, type TestAgent } from '../support/agent-harness';
import { usePcsc } from '../support/pcsc-fixture';
import { until, untilAsync, useRig } from '../support/rig-fixture';

// Findings 9, 10, 11 and 13 of issue 15 (outside black-box test), against the real agent on the pcscd + vpcd rig.
useRig();
const pcsc = usePcsc();

const host = (a: TestAgent) => `127.0.0.1:${a.port}`;
const openConnections = async (a: TestAgent) =>
  ((await a.admin('GET', '/status')).body as { connections: number }).connections;

describe('finding 9: refused upgrades do not use up the attempt budget of the extension', () => {
  it('25 refused web-page upgrades (default limits) still let the extension in', async () => {
    const a = await startTestAgent(pcsc.cards(), { limits: {} });
    for (let i = 0; i < 25; i++) {
      const origin = i % 2 ? 'https://evil.example' : 'null';
      expect((await rawUpgrade(a.port, { Host: host(a), Origin: origin })).status).toBe(403);
    }
    expect(
      (await rawUpgrade(a.port, { Host: `evil.example:${a.port}`, Origin: EXTENSION_ORIGIN })).status,
    ).toBe(421);
    expect(await rawUpgrade(a.port, { Host: host(a), Origin: EXTENSION_ORIGIN })).toMatchObject({
      status: 101,
      upgraded: true,
    });
    await a.close();
  });

  it('the pinned origin itself gets 20 attempts a minute, then 429', async () => {
    const a = await startTestAgent(pcsc.cards(), { limits: {} });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof rawUpgrade>> | null = null;
    for (let i = 0; i < 21; i++) {
      last = await rawUpgrade(a.port, { Host: host(a), Origin: EXTENSION_ORIGIN });
      statuses.push(last.status);
      // each upgraded socket is dropped by rawUpgrade; wait for the agent to see it gone (no 503 in between)
      await untilAsync(async () => (await openConnections(a)) === 0, 3000, 'the socket to go');
    }
    expect(statuses.slice(0, 20).every((s) => s === 101)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Told when to come back, with the same headers as the backend's limits (draft-8 RateLimit + Retry-After).
    const wait = Number(last?.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(last?.headers['ratelimit-policy']).toBe('"upgrades"; q=20; w=60');
    expect(last?.headers.ratelimit).toBe(`"upgrades"; r=0; t=${wait}`);
    await a.close();
  });
});

describe('finding 10: a socket that never authenticates is cut', () => {
  it('a client that upgrades and then never answers loses its slot shortly after the handshake timeout', async () => {
    const a = await startTestAgent(pcsc.cards(), { handshakeTimeoutMs: 300 });
    const socket = connect(a.port, '127.0.0.1');
    let received = '';
    let closedByAgent = false;
    socket.on('data', (d) => {
      received += d.toString('latin1');
    });
    socket.on('close', () => {
      closedByAgent = true;
    });
    socket.write(
      [
        'GET /v1 HTTP/1.1',
        `Host: ${host(a)}`,
        `Origin: ${EXTENSION_ORIGIN}`,
        'Connection: Upgrade',
        'Upgrade: websocket',
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        '',
        '',
      ].join('\r\n'),
    );
    await until(() => received.startsWith('HTTP/1.1 101'), 3000, '101');
    // It never sends a frame and never answers the close frame. `ws` alone would keep it for 30 s more.
    await until(() => closedByAgent, 5000, 'the agent to cut the socket');
    expect(await openConnections(a)).toBe(0);
    expect(a.auditLines().filter((l) => l.reason === 'handshake-timeout')).toHaveLength(1);
    socket.destroy();
    await a.close();
  });
});

describe('finding 11: a flood of refused upgrades cannot wash the audit trail', () => {
  it('400 refused upgrades with 7 KB headers leave the pairing in audit.log and every line short', async () => {
    const a = await startTestAgent(pcsc.cards(), { limits: {} });
    await a.pair();
    const pad = 'a'.repeat(7000);
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2
            ? rawUpgrade(a.port, { Host: host(a), Origin: `https://evil.example/${pad}` })
            : rawUpgrade(a.port, { Host: `${pad}.evil.example:${a.port}`, Origin: EXTENSION_ORIGIN }),
        ),
      );
    }
    const lines = a.auditLines();
    expect(lines.filter((l) => l.event === 'pairing.succeeded')).toHaveLength(1);
    expect(lines.filter((l) => l.event === 'connection.rejected')).toHaveLength(20);
    expect(statSync(join(a.dir, 'audit.log')).size).toBeLessThan(20 * 1024);
    // The operational log (stderr, often kept on disk by a service manager) is capped the same way.
    expect(a.logText().match(/agent\.upgrade_rejected/g)).toHaveLength(20);
    // The next event first records how many refusals were left out.
    await a.pair();
    const after = a.auditLines();
    expect(after.find((l) => l.event === 'connection.rejected.suppressed')?.count).toBe(380);
    expect(after.at(-1)?.event).toBe('pairing.succeeded');
    await a.close();
  });
});

describe('finding 13: pairing is bound to the code, and the development id is not pinned by default', () => {
  it('a process squatting on the port during pairing never learns the code and is not accepted as the agent', async () => {
    const code = '482913';
    const seen: string[] = [];
    const squatter = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    squatter.on('connection', (ws) => {
      ws.send(
        JSON.stringify({
          type: 'agent.hello',
          protocol: AGENT_PROTOCOL_VERSION,
          agentVersion: 'x',
          agentNonce: 'D'.repeat(43),
        }),
      );
      ws.on('message', (data) => {
        seen.push(data.toString());
        ws.send(
          JSON.stringify({
            type: 'pair.result',
            clientId: 'S'.repeat(22),
            secret: 'T'.repeat(43),
            mac: 'U'.repeat(43),
          }),
        );
      });
    });
    await new Promise((r) => squatter.once('listening', r));
    const address = squatter.address();
    const url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
    const connectWs: SocketFactory = (u) => new WebSocket(u, { origin: EXTENSION_ORIGIN }) as never;
    await expect(pairWithAgent(connectWs, url, code, 'victim')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toContain(code);
    squatter.close();
  });

  it('the real agent pairs, and its credentials then authenticate', async () => {
    const a = await startTestAgent(pcsc.cards());
    const session = await a.session(await a.pair());
    expect((await session.status()).pcsc).toBe('up');
    session.close();
    await a.close();
  });

  it('an agent with the default config refuses the development build', async () => {
    const a = await startTestAgent(pcsc.cards(), { devExtension: false });
    const r = await rawUpgrade(a.port, { Host: host(a), Origin: `chrome-extension://${DEV_EXTENSION_ID}` });
    expect(r).toMatchObject({ status: 403, upgraded: false });
    await a.close();
  });

  it('`lhr-agent pair` against a port squatter neither sends the admin token nor prints its code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lhr-squat-'));
    const token = 'k'.repeat(43);
    writeFileSync(join(dir, 'admin-token'), token);
    const heard: string[] = [];
    const squatter = createServer((req, res) => {
      heard.push(JSON.stringify(req.headers));
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          req.url === '/admin/challenge' ? { nonce: 'N'.repeat(43) } : { code: '135790', expiresInSec: 120 },
        ),
      );
    });
    await new Promise<void>((r) => squatter.listen(0, '127.0.0.1', r));
    const address = squatter.address();
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }),
    );
    const cli = spawn(process.execPath, [
      join(import.meta.dirname, '../../agent/bin/lhr-agent.js'),
      'pair',
      '--config',
      dir,
    ]);
    let out = '';
    cli.stdout.on('data', (d) => {
      out += d;
    });
    cli.stderr.on('data', (d) => {
      out += d;
    });
    const exitCode = await new Promise((r) => cli.once('exit', r));
    squatter.close();
    expect(exitCode).not.toBe(0);
    expect(out).toContain('UNAUTHORIZED');
    expect(out).not.toContain('135790');
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.join('\n')).not.toContain(token);
  });

  it('admin calls need a fresh challenge: a replayed authorization and the bare token are refused', async () => {
    const a = await startTestAgent(pcsc.cards());
    const base = `http://127.0.0.1:${a.port}/admin`;
    const { nonce } = (await (await fetch(`${base}/challenge`)).json()) as { nonce: string };
    const authorization = adminAuthorization(a.agent.adminToken, 'GET', '/status', nonce, 'C'.repeat(43));
    expect((await fetch(`${base}/status`, { headers: { authorization } })).status).toBe(200);
    expect((await fetch(`${base}/status`, { headers: { authorization } })).status).toBe(401);
    const bearer = { authorization: `Bearer ${a.agent.adminToken}` };
    expect((await fetch(`${base}/status`, { headers: bearer })).status).toBe(401);
    // No admin route reads a body: a malformed one is not parsed (it used to be a 500).
    const junk = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' };
    expect((await fetch(`${base}/pairing`, junk)).status).toBe(401);
    await a.close();
  });
});
