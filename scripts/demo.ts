// npm run demo — the backend-less demo: a virtual Thai ID card behind a real pcscd, the agent, the built extension.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_PORT, DEV_EXTENSION_ID } from '../agent/src/config';
import { startRig } from '../agent/virtual-card/rig';

const run = resolve('.lhr-run');
rmSync(join(run, 'rig'), { recursive: true, force: true });
mkdirSync(join(run, 'rig'), { recursive: true });
const rig = await startRig({ dir: join(run, 'rig') });
const agentHome = join(run, 'agent');
const agent = spawn(process.execPath, ['agent/bin/lhr-agent.js', 'serve', '--config', agentHome], {
  env: { ...process.env, ...rig.env },
  stdio: ['ignore', 'inherit', 'inherit'],
});
writeFileSync(
  join(run, 'pids.json'),
  JSON.stringify({ agent: agent.pid, ...rig.pids(), namespace: rig.namespace }, null, 2),
);
await rig.card.insert('somchai');

console.log(`
LHR Assist demo กำลังทำงาน (running)
  agent        ws://127.0.0.1:${DEFAULT_PORT}/v1   (config ${agentHome})
  virtual card  "Virtual PCD 00 00" with นายสมชาย ใจดี inserted

Load the extension / ติดตั้งส่วนขยาย:
  chromium → chrome://extensions → Developer mode → Load unpacked → ${resolve('.output/chrome-mv3')}
  (its id is ${DEV_EXTENSION_ID}, the id the agent allows)

Try it / ลองใช้:
  LHR_AGENT_HOME=${agentHome} node agent/bin/lhr-agent.js pair       # 6-digit pairing code
  PCSCLITE_CSOCK_NAME=${rig.env.PCSCLITE_CSOCK_NAME} node agent/bin/lhr-agent.js read --json
  npm run card -- insert bangkok-lifelong      # other people: malee-middle-name child-year-only acting-lt-long-name
  npm run card -- remove

Ctrl-C stops everything this demo started (by pid).`);

const stop = async () => {
  const exited = new Promise((r) => agent.once('exit', r));
  agent.kill('SIGTERM');
  await exited;
  await rig.stop();
  rmSync(join(run, 'pids.json'), { force: true });
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
agent.once('exit', (code) => {
  if (code !== 0) console.error(`agent exited with ${code}`);
});
