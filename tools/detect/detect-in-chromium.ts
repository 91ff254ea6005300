import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { DetectionRow } from '../../extension/content/detect/page-api';
import { detectionBundle } from './page-bundle';
import { withoutRefresh } from './read-page';

/** How long a page's own scripts may take to load it before it is read again with scripts off (default). */
const LOAD_TIMEOUT_MS = 15_000;

/** A headless Debian Chromium that runs the extension's detection on HTML given to it. */
export class DetectionBrowser {
  private scriptless: Page | null = null;

  private constructor(
    private readonly browser: Browser,
    private page: Page,
    private readonly bundle: string,
    private readonly loadTimeoutMs: number,
  ) {}

  /**
   * `bundle`: the script injected after each page load (the detection bundle unless another is given);
   * `loadTimeoutMs`: how long a page's own scripts may take before the page is read with scripts off.
   */
  static async start(bundle?: Promise<string>, loadTimeoutMs = LOAD_TIMEOUT_MS): Promise<DetectionBrowser> {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--host-resolver-rules=MAP * ~NOTFOUND',
      ],
    });
    return new DetectionBrowser(
      browser,
      await openPage(await browser.newContext()),
      await (bundle ?? detectionBundle()),
      loadTimeoutMs,
    );
  }

  /** Loads the HTML and detects; `url` is the address the page pretends to have (for profile matching). */
  detect(html: string, url = 'https://example.invalid/form.html'): Promise<DetectionRow[]> {
    return this.evaluate(html, `globalThis.__lhrDetect(${JSON.stringify(url)})`) as Promise<DetectionRow[]>;
  }

  /**
   * Runs a script expression in the page after loading the HTML and the bundle (detection, benchmarks,
   * check-form). A page whose own scripts navigate away, replace the document or never finish is read again with
   * scripts off, so every page gives an answer about the controls its markup holds.
   */
  async evaluate(html: string, expression: string): Promise<unknown> {
    const content = withoutRefresh(html);
    try {
      await this.page.setContent(content, { waitUntil: 'domcontentloaded', timeout: this.loadTimeoutMs });
      await this.page.addScriptTag({ content: this.bundle });
      const result = await this.page.evaluate(expression);
      if (this.page.url() === 'about:blank') return result;
    } catch {
      // a navigation destroyed the context, or the page's scripts hung: a fresh page for the next one
      const stuck = this.page;
      this.page = await openPage(stuck.context());
      void stuck.close().catch(() => undefined);
    }
    const page = await this.scriptlessPage();
    await page.setContent(content, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
    await page.evaluate(this.bundle);
    return page.evaluate(expression);
  }

  private async scriptlessPage(): Promise<Page> {
    if (!this.scriptless) {
      const context: BrowserContext = await this.browser.newContext({ javaScriptEnabled: false });
      this.scriptless = await openPage(context);
    }
    return this.scriptless;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // Pages are loaded from strings: block every request so corpus pages stay self-contained.
  await page.route('**/*', (route) => route.abort());
  return page;
}
