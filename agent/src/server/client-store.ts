import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';

const PairedClient = z
  .object({ clientId: z.string(), name: z.string(), secret: z.string(), pairedAt: z.string() })
  .strict();
export type PairedClient = z.infer<typeof PairedClient>;
const StoreFile = z.object({ clients: z.array(PairedClient) }).strict();

/** Paired browser clients and their 256-bit secrets, in a file only this user can read (mode 0600). */
export class ClientStore {
  private clients = new Map<string, PairedClient>();

  constructor(private readonly path: string) {
    try {
      const file = StoreFile.parse(JSON.parse(readFileSync(path, 'utf8')));
      for (const c of file.clients) this.clients.set(c.clientId, c);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  get(clientId: string): PairedClient | undefined {
    return this.clients.get(clientId);
  }

  list(): PairedClient[] {
    return [...this.clients.values()];
  }

  add(name: string, now = new Date()): PairedClient {
    const client: PairedClient = {
      clientId: randomBytes(16).toString('base64url'),
      name,
      secret: randomBytes(32).toString('base64url'),
      pairedAt: now.toISOString(),
    };
    this.clients.set(client.clientId, client);
    this.save();
    return client;
  }

  revoke(clientId: string): boolean {
    const had = this.clients.delete(clientId);
    if (had) this.save();
    return had;
  }

  private save(): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify({ clients: this.list() }, null, 2), { mode: 0o600 });
    renameSync(tmp, this.path);
  }
}
