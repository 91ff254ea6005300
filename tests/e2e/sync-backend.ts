import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { createApp } from '../../backend/src/app';
import { type Database, openDatabase } from '../../backend/src/db/database';
import { createBackendLogger } from '../../backend/src/log';
import { PASSWORDS, seed } from '../../backend/src/test-support/seed';
import { freePort } from '../support/agent-harness';
import { consoleOf } from './browser';

/** A seeded sync backend on 127.0.0.1 (real SQLite file) that a test can stop and start again on the same port. */
export async function serveSyncBackend() {
  const database: Database = await openDatabase(
    join(mkdtempSync(join(tmpdir(), 'lhr-e2e-backend-')), 'backend.sqlite'),
  );
  await seed(database.db);
  const port = await freePort();
  let server: Server | null = null;
  const start = async () => {
    const app = createApp({
      database,
      jwtSecret: new TextEncoder().encode('e2e-secret-0123456789'),
      log: createBackendLogger(process.stderr, 'warn'),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(port, '127.0.0.1', () => resolve(s));
    });
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  };
  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    start,
    stop,
    async close() {
      await stop();
      await database.close();
    },
  };
}

/** Logs in from the popup the way an officer does (this also opens the officer's register vault). */
export async function loginInPopup(
  popup: Page,
  backendUrl: string,
  username: string,
  password = PASSWORDS[username] ?? '',
): Promise<void> {
  await popup.getByTestId('backend-url').fill(backendUrl);
  await popup.getByTestId('backend-user').fill(username);
  await popup.getByTestId('backend-password').fill(password);
  await popup.getByTestId('backend-login').click();
  await popup
    .locator('[data-testid="sync"][data-logged-in="true"][data-locked="false"]')
    .waitFor()
    .catch(async (error: unknown) => {
      // what the popup said (an error code, a still-empty field) is what a failed run needs to show
      const said = await popup
        .getByTestId('sync')
        .textContent()
        .catch(() => '(popup closed)');
      throw new Error(
        `login as ${username} did not finish; the popup says: ${said} (${String(error)})\n` +
          `console:\n${consoleOf(popup.context())}`,
      );
    });
}

/** After a browser restart or an idle lock: the officer's password in the popup. */
export async function unlockInPopup(popup: Page, username: string): Promise<void> {
  await popup.locator('[data-testid="sync"][data-locked="true"]').waitFor();
  await popup.getByTestId('vault-password').fill(PASSWORDS[username] ?? '');
  await popup.getByTestId('vault-unlock').click();
  await popup.locator('[data-testid="sync"][data-locked="false"]').waitFor();
}

/** Every row of every officer vault in the extension's IndexedDB, as the service worker sees them. */
export function vaultRows(
  worker: Worker,
): Promise<Array<{ db: string; key: string; collection: string; json: string }>> {
  return worker.evaluate(async () => {
    const out: Array<{ db: string; key: string; collection: string; json: string }> = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith('lhr-assist-vault-')) continue;
      const open = indexedDB.open(info.name);
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows: Array<{ key: string; collection: string }> = await new Promise((resolve) => {
        const req = db.transaction('records').objectStore('records').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      for (const r of rows)
        out.push({ db: info.name, key: r.key, collection: r.collection, json: JSON.stringify(r) });
    }
    return out;
  });
}
