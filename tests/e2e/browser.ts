import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = join(import.meta.dirname, '../../.output-e2e/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  popup(): Promise<Page>;
  close(): Promise<void>;
}

const LOG_LINES = 200;
const consoleLogs = new WeakMap<BrowserContext, string[]>();

/**
 * The last console lines and uncaught errors of the extension's pages and service worker: a test that times out
 * waiting for the extension prints them (the data in these tests is made up, never a real person's).
 */
function recordConsole(context: BrowserContext, worker: Worker): void {
  const lines: string[] = [];
  consoleLogs.set(context, lines);
  const add = (where: string, text: string) => {
    lines.push(`${new Date().toISOString().slice(11, 23)} ${where}: ${text}`);
    if (lines.length > LOG_LINES) lines.shift();
  };
  worker.on('console', (m) => add('worker', `${m.type()} ${m.text()}`));
  const watch = (page: Page) => {
    const name = () => new URL(page.url() || 'about:blank').pathname;
    page.on('console', (m) => add(name(), `${m.type()} ${m.text()}`));
    page.on('pageerror', (e) => add(name(), `uncaught ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/** What the extension said on the console lately (empty when nothing was recorded). */
export function consoleOf(context: BrowserContext): string {
  return (consoleLogs.get(context) ?? []).join('\n');
}

/**
 * Debian's Chromium (never a downloaded browser) with the e2e build loaded, a fresh profile, and no lookups
 * outside this machine: every host name resolves nowhere except the loopback addresses the tests use.
 */
export async function launchWithExtension(profileDir?: string): Promise<ExtensionBrowser> {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'lhr-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE 127.0.0.2',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  recordConsole(context, worker);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async popup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
