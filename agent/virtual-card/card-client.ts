import { createConnection } from 'node:net';
import { createInterface } from 'node:readline';
import { type VirtualCardCommand, VirtualCardReply } from '../../shared/protocol/virtual-card';

/** Sends commands to a running virtual card over its control socket. */
export class VirtualCardClient {
  constructor(readonly socketPath: string) {}

  async send(command: VirtualCardCommand): Promise<VirtualCardReply & { ok: true }> {
    const conn = createConnection(this.socketPath);
    try {
      const lines = createInterface({ input: conn });
      const replyLine = new Promise<string>((resolve, reject) => {
        lines.once('line', resolve);
        conn.once('error', reject);
        conn.once('close', () => reject(new Error('virtual card closed the control connection')));
      });
      conn.write(`${JSON.stringify(command)}\n`);
      const reply = VirtualCardReply.parse(JSON.parse(await replyLine));
      if (!reply.ok) throw new Error(`virtual card: ${reply.error}`);
      return reply;
    } finally {
      conn.destroy();
    }
  }

  insert(
    person: string,
    options: Omit<Extract<VirtualCardCommand, { cmd: 'insert' }>, 'cmd' | 'person'> = {},
  ) {
    return this.send({ cmd: 'insert', person, ...options });
  }

  remove() {
    return this.send({ cmd: 'remove' });
  }

  status() {
    return this.send({ cmd: 'status' });
  }
}
