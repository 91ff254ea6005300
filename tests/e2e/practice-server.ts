import type { Server } from 'node:http';
import { createPracticeSite } from '../practice-site/server';

/** Serves the practice site on a loopback address and port 0; returns its origin. */
export async function servePractice(host = '127.0.0.1'): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const s = createPracticeSite().listen(0, host, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
