import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { createApp } from '../../backend/src/app';
import { type Database, openDatabase } from '../../backend/src/db/database';
import { createBackendLogger } from '../../backend/src/log';
import { seed } from '../../backend/src/test-support/seed';
import { freePort } from '../support/agent-harness';
import { loginInPopup } from './sync-backend';

/** A sync backend on a fresh SQLite file with the seeded อปท. accounts, for the register e2e tests. */
export async function startSeededBackend(
  prepare?: (db: Database['db']) => Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const database: Database = await openDatabase(
    join(mkdtempSync(join(tmpdir(), 'lhr-e2e-register-')), 'backend.sqlite'),
  );
  await seed(database.db);
  await prepare?.(database.db);
  const port = await freePort();
  const app = createApp({
    database,
    jwtSecret: new TextEncoder().encode('e2e-secret-0123456789'),
    log: createBackendLogger(process.stderr, 'warn'),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await database.close();
    },
  };
}

/** Logs the popup in (which also opens the officer's register vault). */
export const loginPopup = loginInPopup;

/** Sends one runtime message from an extension page (the popup), as the extension's own pages do. */
export async function askFromPopup<T = unknown>(popup: Page, message: object): Promise<T> {
  return (await popup.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
}

/** Pushes what is pending and waits for a sync that finished after the click with nothing left to push. */
export async function syncNow(popup: Page): Promise<void> {
  const status = async () =>
    (
      await askFromPopup<{ sync?: { pending: number; lastSync: string | null } }>(popup, {
        type: 'sync.status',
      })
    ).sync;
  const before = (await status())?.lastSync ?? null;
  await popup.getByTestId('sync-now').click();
  await expect
    .poll(
      async () => {
        const now = await status();
        return now !== undefined && now.lastSync !== before && now.pending === 0;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** How many drafts the extension keeps (sealed) in the officer's vault database, read in its service worker. */
export async function storedDrafts(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    let count = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith('lhr-assist-vault-')) continue;
      const open = indexedDB.open(info.name);
      const db: IDBDatabase = await new Promise((resolve) => {
        open.onsuccess = () => resolve(open.result);
      });
      const rows: Array<{ collection: string }> = await new Promise((resolve) => {
        const req = db.transaction('records').objectStore('records').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      count += rows.filter((r) => r.collection === 'drafts').length;
    }
    return count;
  });
}
