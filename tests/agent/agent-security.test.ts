import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { listenAgent } from '../../agent/src/server/create-agent';
import { PAIRING_MAX_ATTEMPTS } from '../../agent/src/server/pairing';
import { AgentSession } from '../../shared/agent-client/agent-session';
import { computeAuthMac } from '../../shared/agent-client/auth-mac';
import { AGENT_PROTOCOL_VERSION } from '../../shared/protocol/agent';
import { useTestAgent } from '../support/agent-fixture';
import {
  EXTENSION_ORIGIN,
  pairRequestFrame,
  rawSocket,
  rawUpgrade,
  startTestAgent,
} from '../support/agent-harness';
import { usePcsc } from '../support/pcsc-fixture';
import { until, useRig } from '../support/rig-fixture';

const { rig } = useRig();
const pcsc = usePcsc();
// Long enough for a pairing client's key derivation (PBKDF2) on a busy machine, short enough for the timeout test.
const t = useTestAgent(pcsc.cards, { handshakeTimeoutMs: 1500 });
const cardPresent = pcsc.cardPresent;

async function insertFresh(person = 'somchai', options = {}) {
  await rig().card.remove();
  await until(() => !cardPresent(), 3000, 'card absent');
  await rig().card.insert(person, options);
  await until(cardPresent, 3000, 'card present');
}

const countAudit = (reason: string) => t.auditLines().filter((l) => l.reason === reason).length;

describe('AC-A01 loopback only', () => {
  it('listens on 127.0.0.1 and refuses a second agent on the same port', async () => {
    const address = t.agent.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    const other = await startTestAgent(pcsc.cards());
    await other.close();
    await expect(listenAgent(other.agent, t.port)).rejects.toMatchObject({ code: 'PORT_IN_USE' });
  });
});

describe('AC-A02/A03/A15 checks before the upgrade', () => {
  it('rejects a rebinding Host with 421 and no 101, and audits it once', async () => {
    const before = countAudit('bad-host');
    const r = await rawUpgrade(t.port, { Host: `evil.example:${t.port}`, Origin: EXTENSION_ORIGIN });
    expect(r).toMatchObject({ status: 421, upgraded: false });
    expect(countAudit('bad-host')).toBe(before + 1);
  });

  it.each([
    ['a web page', 'http://evil.example'],
    ['our own web app', 'https://lhr.dla.go.th'],
    ['another extension', 'chrome-extension://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'],
    ['a sandboxed page', 'null'],
  ])('rejects %s with 403 and no 101, and audits it once', async (_what, origin) => {
    const before = countAudit('bad-origin');
    const r = await rawUpgrade(t.port, { Host: `127.0.0.1:${t.port}`, Origin: origin });
    expect(r).toMatchObject({ status: 403, upgraded: false });
    expect(countAudit('bad-origin')).toBe(before + 1);
  });

  it('rejects an upgrade without Origin', async () => {
    const r = await rawUpgrade(t.port, { Host: `127.0.0.1:${t.port}` });
    expect(r).toMatchObject({ status: 403, upgraded: false });
  });

  it('upgrades the pinned extension origin', async () => {
    const r = await rawUpgrade(t.port, { Host: `localhost:${t.port}`, Origin: EXTENSION_ORIGIN });
    expect(r).toMatchObject({ status: 101, upgraded: true });
  });
});

describe('AC-A04 no CORS anywhere', () => {
  it.each(['GET', 'OPTIONS', 'POST'])(
    '%s / from a page → 404 without Access-Control headers',
    async (method) => {
      const res = await fetch(`http://127.0.0.1:${t.port}/`, {
        method,
        headers: { Origin: 'https://evil.example' },
      });
      expect(res.status).toBe(404);
      expect([...res.headers.keys()].filter((h) => h.startsWith('access-control'))).toEqual([]);
    },
  );

  it('admin routes refuse browsers even with the token, and everyone without it', async () => {
    const withOrigin = await fetch(`http://127.0.0.1:${t.port}/admin/pairing`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', authorization: `Bearer ${t.agent.adminToken}` },
    });
    expect(withOrigin.status).toBe(403);
    const noToken = await fetch(`http://127.0.0.1:${t.port}/admin/pairing`, { method: 'POST' });
    expect(noToken.status).toBe(401);
  });
});

describe('AC-A05 pairing', () => {
  it(`locks after ${PAIRING_MAX_ATTEMPTS} wrong codes; the right code then fails; a new window works`, async () => {
    const { body } = await t.admin('POST', '/pairing');
    const code = (body as { code: string }).code;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const reasons: string[] = [];
    for (let i = 0; i < PAIRING_MAX_ATTEMPTS; i++) {
      const s = rawSocket(t.url);
      s.ws.send(await pairRequestFrame(wrong, (await s.hello).agentNonce));
      reasons.push((await s.closed).reason);
    }
    expect(reasons.at(-1)).toBe('PAIRING_LOCKED');
    expect(reasons.slice(0, -1).every((r) => r === 'PAIRING_CODE_WRONG')).toBe(true);
    const late = rawSocket(t.url);
    late.ws.send(await pairRequestFrame(code, (await late.hello).agentNonce));
    expect((await late.closed).reason).toBe('PAIRING_LOCKED');
    const credentials = await t.pair();
    expect(credentials.clientId).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  });

  it('a code works once', async () => {
    const { body } = await t.admin('POST', '/pairing');
    const code = (body as { code: string }).code;
    const first = rawSocket(t.url);
    first.ws.send(await pairRequestFrame(code, (await first.hello).agentNonce));
    await until(() => first.frames.length === 2, 2000, 'pair.result');
    first.ws.close();
    const second = rawSocket(t.url);
    second.ws.send(await pairRequestFrame(code, (await second.hello).agentNonce));
    expect((await second.closed).reason).toBe('PAIRING_CLOSED');
  });

  it('a revoked client cannot complete the handshake', async () => {
    const credentials = await t.pair();
    (await t.session(credentials)).close();
    expect((await t.admin('DELETE', `/clients/${credentials.clientId}`)).status).toBe(204);
    await expect(t.session(credentials)).rejects.toMatchObject({ code: 'NOT_PAIRED' });
  });
});

describe('AC-A06 mutual HMAC handshake', () => {
  it('a bad MAC closes with 1008 and no application frame after agent.hello; audited once', async () => {
    const credentials = await t.pair();
    const before = countAudit('bad-mac');
    const s = rawSocket(t.url);
    const { agentNonce } = await s.hello;
    const clientNonce = 'A'.repeat(43);
    const mac = await computeAuthMac(credentials.secret, 'a2c', agentNonce, clientNonce); // wrong direction label
    s.ws.send(
      JSON.stringify({
        type: 'auth.hello',
        protocol: AGENT_PROTOCOL_VERSION,
        clientId: credentials.clientId,
        clientNonce,
        mac,
      }),
    );
    expect(await s.closed).toEqual({ code: 1008, reason: 'UNAUTHORIZED' });
    expect(s.frames.map((f) => JSON.parse(f).type)).toEqual(['agent.hello']);
    expect(countAudit('bad-mac')).toBe(before + 1);
  });

  it('a hello replayed on a new connection is rejected', async () => {
    const credentials = await t.pair();
    const first = rawSocket(t.url);
    const { agentNonce } = await first.hello;
    const clientNonce = 'B'.repeat(43);
    const hello = JSON.stringify({
      type: 'auth.hello',
      protocol: AGENT_PROTOCOL_VERSION,
      clientId: credentials.clientId,
      clientNonce,
      mac: await computeAuthMac(credentials.secret, 'c2a', agentNonce, clientNonce),
    });
    first.ws.send(hello);
    await until(() => first.frames.length === 2, 2000, 'auth.ok');
    expect(JSON.parse(first.frames[1] ?? '{}').type).toBe('auth.ok');
    first.ws.close();
    const replay = rawSocket(t.url);
    await replay.hello;
    replay.ws.send(hello);
    expect(await replay.closed).toEqual({ code: 1008, reason: 'UNAUTHORIZED' });
    expect(replay.frames).toHaveLength(1);
  });

  it('no hello within the handshake timeout closes with 1008; audited once', async () => {
    const before = countAudit('handshake-timeout');
    const s = rawSocket(t.url);
    expect((await s.closed).code).toBe(1008);
    expect(s.frames).toHaveLength(1);
    expect(countAudit('handshake-timeout')).toBe(before + 1);
  });

  it('a protocol version mismatch closes with PROTOCOL_MISMATCH', async () => {
    const credentials = await t.pair();
    const s = rawSocket(t.url);
    const { agentNonce } = await s.hello;
    const clientNonce = 'C'.repeat(43);
    const mac = await computeAuthMac(credentials.secret, 'c2a', agentNonce, clientNonce);
    s.ws.send(
      JSON.stringify({ type: 'auth.hello', protocol: 99, clientId: credentials.clientId, clientNonce, mac }),
    );
    expect(await s.closed).toEqual({ code: 1008, reason: 'PROTOCOL_MISMATCH' });
  });

  it('the client rejects a port squatter that cannot prove the secret', async () => {
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
      ws.on('message', () => ws.send(JSON.stringify({ type: 'auth.ok', mac: 'E'.repeat(43) })));
    });
    await new Promise((r) => squatter.once('listening', r));
    const address = squatter.address();
    const url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
    const credentials = { clientId: 'F'.repeat(22), secret: 'G'.repeat(43) };
    await expect(AgentSession.open(t.connect, url, credentials)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    squatter.close();
  });
});

describe('AC-A07/A08/A09 reads', () => {
  it('serves one read per insertion: a second read without re-inserting waits for re-insertion', async () => {
    const session = await t.session(await t.pair());
    await insertFresh();
    const first = await session.readCard({
      fields: ['citizenId'],
      photo: false,
      pageOrigin: 'http://127.0.0.1',
    });
    expect(first.card.citizenId).toBe('1101700207030');
    let waiting: string | null = null;
    let done = false;
    const second = session
      .readCard({
        fields: ['citizenId'],
        photo: false,
        pageOrigin: 'http://127.0.0.1',
        onWaiting: (reason) => {
          waiting = reason;
        },
      })
      .finally(() => {
        done = true;
      });
    await until(() => waiting !== null, 3000, 'card.waiting');
    expect([waiting, done]).toEqual(['reinsert', false]);
    await insertFresh('child-year-only');
    expect((await second).card.citizenId).toBe('1609900789019');
    session.close();
  });

  it('a denying consent prompter gives CONSENT_DENIED and no fields', async () => {
    const denying = await startTestAgent(pcsc.cards(), { consent: { ask: async () => false } });
    const session = await denying.session(await denying.pair());
    await insertFresh();
    await expect(
      session.readCard({ fields: ['citizenId'], photo: false, pageOrigin: 'x' }),
    ).rejects.toMatchObject({
      code: 'CONSENT_DENIED',
    });
    session.close();
    await denying.close();
  });

  it('waits for an insertion when armed before the card is in, and unicasts the result', async () => {
    const a = await t.session(await t.pair('A'));
    const bCreds = await t.pair('B');
    const b = rawSocket(t.url);
    const { agentNonce } = await b.hello;
    const clientNonce = 'H'.repeat(43);
    b.ws.send(
      JSON.stringify({
        type: 'auth.hello',
        protocol: AGENT_PROTOCOL_VERSION,
        clientId: bCreds.clientId,
        clientNonce,
        mac: await computeAuthMac(bCreds.secret, 'c2a', agentNonce, clientNonce),
      }),
    );
    await until(() => b.frames.length === 2, 2000, 'B authenticated');
    await rig().card.remove();
    await until(() => !cardPresent(), 3000, 'card absent');
    let waiting = false;
    const read = a.readCard({
      fields: ['citizenId', 'name', 'address'],
      photo: true,
      pageOrigin: 'http://127.0.0.1',
      onWaiting: () => {
        waiting = true;
      },
    });
    await until(() => waiting, 3000, 'card.waiting');
    await rig().card.insert('bangkok-lifelong');
    const result = await read;
    expect(result.card.name?.th.first).toBe('บุญมี');
    expect(result.photo?.jpeg.length).toBe(5030);
    const bText = b.frames.join('\n');
    expect(bText).not.toContain('1100500345675');
    expect(bText).not.toContain('บุญมี');
    expect(b.frames.map((f) => JSON.parse(f).type).filter((type) => type.startsWith('card.'))).toEqual([]);
    expect(b.frames.some((f) => JSON.parse(f).type === 'readers.changed')).toBe(true);
    a.close();
    b.ws.close();
  });

  it('a card pulled mid-read delivers nothing to the client', async () => {
    const session = await t.session(await t.pair());
    for (const n of [3, 8, 30]) {
      await rig().card.remove();
      await until(() => !cardPresent(), 3000, 'card absent');
      await rig().card.insert('somchai', { pullAfterApdu: n });
      await until(cardPresent, 3000, 'card present');
      const frames: string[] = [];
      const off = session.onEvent(() => {});
      await expect(
        session.readCard({
          fields: ['citizenId', 'name'],
          photo: true,
          pageOrigin: 'x',
          onPhotoProgress: () => frames.push('p'),
        }),
      ).rejects.toMatchObject({ code: 'CARD_REMOVED' });
      off();
    }
    const lastReads = t
      .auditLines()
      .filter((l) => l.event === 'card.read')
      .slice(-3);
    expect(lastReads.map((l) => l.outcome)).toEqual(['CARD_REMOVED', 'CARD_REMOVED', 'CARD_REMOVED']);
    session.close();
  });

  it('no card value appears in the log or the audit trail (AC-A09)', async () => {
    const session = await t.session(await t.pair());
    await insertFresh('malee-middle-name');
    const result = await session.readCard({
      fields: ['citizenId', 'name', 'birthDate', 'address'],
      photo: true,
      pageOrigin: 'x',
    });
    expect(result.card.citizenId).toBe('3509900123450');
    const everything = t.logText() + readFileSync(join(t.dir, 'audit.log'), 'utf8');
    for (const secret of ['3509900123450', 'มาลี', 'ศรีสุดา', 'Malee', 'หนองแหย่ง', '88/9', 'สันทราย']) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain(
      Buffer.from(result.photo?.jpeg.subarray(0, 30) ?? []).toString('base64'),
    );
    expect(everything).not.toMatch(/(?<!"time":)\b\d{13}\b/);
    const reads = t.auditLines().filter((l) => l.event === 'card.read');
    expect(reads.at(-1)).toMatchObject({
      fields: ['citizenId', 'name', 'birthDate', 'address'],
      photo: true,
      outcome: 'ok',
    });
    session.close();
  });
});
