import { parseArgs } from 'node:util';
import { serveControl } from './control-server';
import { VirtualCard } from './virtual-card';

// Runs inside the rig's network namespace, next to pcscd: vpcd listens there on 127.0.0.1:<port>.
const { values } = parseArgs({
  options: { port: { type: 'string', default: '35963' }, control: { type: 'string' } },
});
if (!values.control) {
  console.error('usage: virtual-card --control <socket path> [--port 35963]');
  process.exit(2);
}
const card = new VirtualCard(Number(values.port));
const server = serveControl(card, values.control);
const stop = () => {
  card.remove();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
console.info(`virtual card ready: vpcd port ${values.port}, control ${values.control}`);
