import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/agent-harness';
import { EXPECTED } from '../support/expected-people';
import { usePcsc } from '../support/pcsc-fixture';
import { until, useRig } from '../support/rig-fixture';

const { rig } = useRig();
// pcscd notices a card change on its next poll: a CLI started right after a swap could still see the old card.
const pcsc = usePcsc();

async function remove() {
  await rig().card.remove();
  await until(() => !pcsc.cardPresent(), 3000, 'card absent');
}

async function insert(person: string, options: Parameters<ReturnType<typeof rig>['card']['insert']>[1] = {}) {
  await remove();
  await rig().card.insert(person, options);
  await until(pcsc.cardPresent, 3000, 'card present');
}
const root = join(import.meta.dirname, '../..');
const bin = join(root, 'agent/bin/lhr-agent.js');
const photos = join(root, 'agent/virtual-card/photos');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, ...rig().env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lhr-agent read --json (the support contract)', () => {
  it.each(['bangkok-lifelong', 'malee-middle-name'])(
    'prints exactly one card record for %s, photo bytes only to the file',
    async (person) => {
      await insert(person);
      const photoFile = join(mkdtempSync(join(tmpdir(), 'lhr-cli-')), 'photo.jpg');
      const r = cli(['read', '--json', '--photo', photoFile]);
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const record = JSON.parse(lines[0] ?? '');
      expect(Object.keys(record)).toEqual([
        'citizenId',
        'name',
        'birthDate',
        'sex',
        'issuer',
        'issueDate',
        'expiryDate',
        'address',
        'photo',
      ]);
      expect(Object.keys(record.name.th)).toEqual(['title', 'first', 'middle', 'last']);
      expect(Object.keys(record.address)).toEqual([
        'houseNo',
        'moo',
        'soi',
        'road',
        'subdistrict',
        'district',
        'province',
        'raw',
      ]);
      const { photoFile: expectedPhoto, ...expected } = EXPECTED[person] ?? { photoFile: '' };
      const jpeg = readFileSync(join(photos, expectedPhoto));
      expect(record).toEqual({
        ...expected,
        photo: { bytes: jpeg.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(readFileSync(photoFile)).toEqual(jpeg);
      expect(r.stdout).not.toContain(jpeg.subarray(0, 24).toString('base64'));
    },
  );

  it('reads text only without --photo: 7 APDUs and photo null (issue 15, finding 20)', async () => {
    await insert('somchai');
    const r = cli(['read', '--json']);
    expect(r.status).toBe(0);
    const { photoFile: _file, ...expected } = EXPECTED.somchai ?? { photoFile: '' };
    expect(JSON.parse(r.stdout)).toEqual({ ...expected, photo: null });
    expect((await rig().card.status()).apdus).toBe(7);
  });

  it('prints {code, message} and exits non-zero for a card without the Thai ID applet', async () => {
    await insert('somchai', { hasApplet: false });
    const r = cli(['read', '--json']);
    expect(r.status).not.toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ code: 'NOT_THAI_ID_CARD', message: expect.any(String) });
  });

  it('prints CARD_ABSENT when no card arrives in time', async () => {
    await remove();
    const r = cli(['read', '--json', '--wait', '1']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).code).toBe('CARD_ABSENT');
  });

  it('prints PCSC_UNAVAILABLE when no PC/SC service runs', () => {
    const r = cli(['read', '--json', '--wait', '1'], {
      PCSCLITE_CSOCK_NAME: join(tmpdir(), 'no-such-pcscd.comm'),
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).code).toBe('PCSC_UNAVAILABLE');
  });
});

describe('lhr-agent serve / pair / status', () => {
  it('serves on the configured port, opens pairing windows, reports status, and a second agent on the port exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lhr-cli-home-'));
    const port = await freePort();
    const server = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--config', dir], {
      env: { ...process.env, ...rig().env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    server.stderr.on('data', (d) => {
      log += d;
    });
    try {
      await until(() => log.includes('agent.listening'), 15_000, 'agent to listen');
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ port }));
      const pair = cli(['pair', '--config', dir]);
      expect(pair.status).toBe(0);
      expect(pair.stdout).toMatch(/รหัสจับคู่ \(pairing code\): \d{6}/);
      const status = cli(['status', '--config', dir]);
      expect(status.status).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({ port, pcsc: 'up', clients: [] });
      const second = cli(['serve', '--port', String(port), '--config', dir]);
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain('PORT_IN_USE');
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  });

  it('refuses a malformed config.json with CONFIG_INVALID', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lhr-cli-home-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ port: 'eighty' }));
    const r = cli(['serve', '--config', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CONFIG_INVALID');
  });

  it('a mistyped flag is a usage error (exit 2), not a crash', () => {
    const r = cli(['serve', '--prot', '1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("lhr-agent: INVALID_MESSAGE: Unknown option '--prot'");
    expect(r.stderr).toContain('lhr-agent serve');
  });

  it('pair without a running agent says AGENT_UNAVAILABLE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lhr-cli-home-'));
    const r = cli(['pair', '--config', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('AGENT_UNAVAILABLE');
  });
});
