import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { createInterface } from 'node:readline';
import { VirtualCardCommand, type VirtualCardReply } from '../../shared/protocol/virtual-card';
import type { VirtualCard } from './virtual-card';

/** Serves the virtual card's control channel: one JSON command per line, one JSON reply per line. */
export function serveControl(card: VirtualCard, socketPath: string): Server {
  rmSync(socketPath, { force: true });
  const server = createServer((conn) => {
    const lines = createInterface({ input: conn });
    lines.on('line', (line) => {
      let reply: VirtualCardReply;
      try {
        const command = VirtualCardCommand.parse(JSON.parse(line));
        if (command.cmd === 'insert') card.insert(command);
        else if (command.cmd === 'remove') card.remove();
        reply = { ok: true, ...card.status() };
      } catch (error) {
        reply = {
          ok: false,
          error: error instanceof Error ? error.message.slice(0, 300) : 'invalid command',
        };
      }
      conn.write(`${JSON.stringify(reply)}\n`);
    });
    conn.on('error', () => {});
  });
  server.listen(socketPath);
  return server;
}
