import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { VirtualCardClient } from './card-client';

const here = dirname(fileURLToPath(import.meta.url));
const VPCD_PORT = 35963;

/** A real pcscd with the vpcd driver and the virtual card, in a private network namespace. */
export interface Rig {
  dir: string;
  /** the private network namespace pcscd and the card run in */
  namespace: string;
  /** Environment that points PC/SC clients (the agent) at this rig's pcscd. */
  env: { PCSCLITE_CSOCK_NAME: string };
  card: VirtualCardClient;
  pids(): { pcscd: number | null; card: number | null };
  killPcscd(): Promise<void>;
  startPcscd(): Promise<void>;
  stop(): Promise<void>;
}

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function waitForFile(path: string, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`rig: ${what} did not come up within ${timeoutMs} ms`);
    await sleep(20);
  }
}

async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts a rig. vpcd listens on all interfaces, so pcscd runs in its own network namespace (only `lo`, with
 * quick ACKs so vpcd's split writes are not delayed 40 ms each) and its own mount namespace, where /run/pcscd
 * is this rig's folder: the socket appears at <dir>/run/pcscd.comm, and a system pcscd is left alone.
 */
export async function startRig(options: { dir?: string } = {}): Promise<Rig> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'lhr-rig-'));
  const runDir = join(dir, 'run');
  const confDir = join(dir, 'reader.conf.d');
  mkdirSync(runDir, { recursive: true });
  mkdirSync(confDir, { recursive: true });
  mkdirSync('/run/pcscd', { recursive: true });
  writeFileSync(
    join(confDir, 'vpcd'),
    `FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:${VPCD_PORT}\nLIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n`,
  );
  const ns = `lhr-rig-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  ip('netns', 'add', ns);
  ip('netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up');
  for (const dst of ['127.0.0.0/8', '127.0.0.1']) {
    ip('netns', 'exec', ns, 'ip', 'route', 'replace', 'local', dst, 'dev', 'lo', 'table', 'local');
    ip(
      'netns',
      'exec',
      ns,
      'ip',
      'route',
      'change',
      'local',
      dst,
      'dev',
      'lo',
      'table',
      'local',
      'quickack',
      '1',
    );
  }
  const socketPath = join(runDir, 'pcscd.comm');
  const controlPath = join(dir, 'card.sock');
  let pcscd: ChildProcess | null = null;
  let card: ChildProcess | null = null;

  const startPcscd = async () => {
    rmSync(socketPath, { force: true });
    rmSync(join(runDir, 'pcscd.pid'), { force: true });
    const log = openSync(join(dir, 'pcscd.log'), 'a');
    const script = `mount --bind '${runDir}' /run/pcscd && exec pcscd --foreground ${process.env.RIG_PCSCD_DEBUG ? '--debug ' : ''}--config '${confDir}'`;
    pcscd = spawn('ip', ['netns', 'exec', ns, 'unshare', '--mount', 'sh', '-c', script], {
      stdio: ['ignore', log, log],
    });
    await waitForFile(socketPath, 'pcscd');
  };
  const killPcscd = async () => {
    await stopChild(pcscd);
    pcscd = null;
  };

  try {
    await startPcscd();
    const log = openSync(join(dir, 'card.log'), 'a');
    card = spawn(
      'ip',
      [
        'netns',
        'exec',
        ns,
        process.execPath,
        '--import',
        'tsx',
        join(here, 'main.ts'),
        '--control',
        controlPath,
        '--port',
        String(VPCD_PORT),
      ],
      { stdio: ['ignore', log, log], cwd: join(here, '../..') },
    );
    await waitForFile(controlPath, 'virtual card');
  } catch (error) {
    await stopChild(card);
    await killPcscd();
    ip('netns', 'del', ns);
    throw error;
  }

  return {
    dir,
    namespace: ns,
    env: { PCSCLITE_CSOCK_NAME: socketPath },
    card: new VirtualCardClient(controlPath),
    pids: () => ({ pcscd: pcscd?.pid ?? null, card: card?.pid ?? null }),
    killPcscd,
    startPcscd,
    async stop() {
      await stopChild(card);
      await killPcscd();
      try {
        ip('netns', 'del', ns);
      } catch {
        // already gone
      }
      if (!options.dir && !process.env.RIG_KEEP) rmSync(dir, { recursive: true, force: true });
    },
  };
}
