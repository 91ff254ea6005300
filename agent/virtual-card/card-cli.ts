// npm run card -- insert <person> [--atr legacy3b67] [--latency MS] | remove | status — drives the demo's virtual card.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { VirtualCardClient } from './card-client';
import { PEOPLE } from './person-fixture';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { atr: { type: 'string' }, latency: { type: 'string' }, socket: { type: 'string' } },
});
const client = new VirtualCardClient(values.socket ?? join(resolve('.lhr-run'), 'rig', 'card.sock'));
const [command, person] = positionals;
try {
  if (command === 'insert' && person) {
    const atr = values.atr === 'legacy3b67' ? 'legacy3b67' : 'modern';
    console.log(await client.insert(person, { atr, latencyMs: Number(values.latency ?? 0) }));
  } else if (command === 'remove') {
    console.log(await client.remove());
  } else if (command === 'status') {
    console.log(await client.status());
  } else {
    console.log(
      `usage: npm run card -- insert <${PEOPLE.join('|')}> [--atr legacy3b67] [--latency MS] | remove | status`,
    );
    process.exitCode = 2;
  }
} catch (error) {
  console.error(
    `virtual card: ${error instanceof Error ? error.message : String(error)} (is npm run demo running?)`,
  );
  process.exitCode = 1;
}
