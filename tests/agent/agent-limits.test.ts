import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestAgent } from '../support/agent-fixture';
import { EXTENSION_ORIGIN, rawSocket, rawUpgrade } from '../support/agent-harness';
import { usePcsc } from '../support/pcsc-fixture';
import { useRig } from '../support/rig-fixture';

const { rig } = useRig();
const pcsc = usePcsc();
const t = useTestAgent(pcsc.cards, { handshakeTimeoutMs: 400 });

describe('AC-A10 limits', () => {
  it('a 17 KiB frame closes the socket with 1009', async () => {
    const s = rawSocket(t.url);
    await s.hello;
    s.ws.send('x'.repeat(17 * 1024));
    expect((await s.closed).code).toBe(1009);
  });

  it('a 5th concurrent connection is refused at the upgrade', async () => {
    const connections = async () =>
      ((await t.admin('GET', '/status')).body as { connections: number }).connections;
    for (let i = 0; i < 100 && (await connections()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await connections()).toBe(0);
    const open = [rawSocket(t.url), rawSocket(t.url), rawSocket(t.url), rawSocket(t.url)];
    await Promise.all(open.map((s) => s.hello));
    const r = await rawUpgrade(t.port, { Host: `127.0.0.1:${t.port}`, Origin: EXTENSION_ORIGIN });
    expect(r).toMatchObject({ status: 503, upgraded: false });
    for (const s of open) s.ws.close();
    await Promise.all(open.map((s) => s.closed));
  });

  it('the 31st read in a minute gets RATE_LIMITED', async () => {
    const session = await t.session(await t.pair());
    await rig().card.remove();
    const codes: string[] = [];
    for (let i = 0; i < 31; i++) {
      try {
        await session.readCard({ fields: ['sex'], photo: false, pageOrigin: 'x', waitMs: 200 });
      } catch (error) {
        codes.push((error as { code: string }).code);
      }
    }
    expect(codes.slice(0, 30).every((c) => c !== 'RATE_LIMITED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
    session.close();
  }, 30_000);
  // The attempt budget (20 a minute for the pinned origin only) is tested in agent-hardening.test.ts.
});

describe('AC-A11 strict schemas', () => {
  it('unknown types and extra fields after authentication close with 1008', async () => {
    const credentials = await t.pair();
    for (const frame of [
      { type: 'card.write', id: '1' },
      { type: 'ping', id: '1', extra: true },
      'not json',
    ]) {
      const session = await t.session(credentials);
      const socket = (session as unknown as { channel: { socket: import('ws').WebSocket } }).channel.socket;
      const closed = new Promise<number>((r) => socket.on('close', (code) => r(code)));
      socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
      expect(await closed).toBe(1008);
    }
  });

  it('fuzzed frames before and after authentication never crash the agent', async () => {
    const credentials = await t.pair();
    const frame = fc.oneof(
      fc.json(),
      fc.string(),
      fc.record({
        type: fc.constantFrom('pair.request', 'auth.hello', 'card.read', 'status.get', 'ping'),
        id: fc.string(),
      }),
      fc.record({
        type: fc.constant('card.read'),
        id: fc.string(),
        fields: fc.array(fc.string()),
        photo: fc.anything(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(frame, fc.boolean(), async (payload, authenticated) => {
        const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
        if (authenticated) {
          const session = await t.session(credentials);
          const socket = (session as unknown as { channel: { socket: import('ws').WebSocket } }).channel
            .socket;
          const outcome = new Promise<string>((resolve) => {
            socket.on('close', (code) => resolve(`close:${code}`));
            socket.on('message', (d) => {
              const m = JSON.parse(d.toString());
              if (m.type === 'error') resolve(`error:${m.error.code}`);
              if (m.type === 'pong' || m.type === 'status') resolve('ok');
            });
          });
          socket.send(text);
          expect(await outcome).toMatch(/^(close:1008|error:[A-Z_]+|ok)$/);
          session.close();
        } else {
          const s = rawSocket(t.url);
          await s.hello;
          s.ws.send(text);
          const closed = await s.closed;
          expect(closed.code).toBe(1008);
        }
      }),
      { numRuns: 60 },
    );
    expect((await fetch(`http://127.0.0.1:${t.port}/health`)).status).toBe(200);
  }, 60_000);
});
