import { type Browser, chromium, type Page } from 'playwright-core';
import type { DetectionRow } from '../../extension/content/detect/page-api';
import { detectionBundle } from './page-bundle';

/** A headless Debian Chromium that runs the extension's detection on HTML given to it. */
export class DetectionBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly bundle: string,
  ) {}

  /** `bundle`: the script injected after each page load (the detection bundle unless another is given). */
  static async start(bundle?: Promise<string>): Promise<DetectionBrowser> {
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
    const page = await browser.newPage();
    // Pages are loaded from strings: block every request so corpus pages stay self-contained.
    await page.route('**/*', (route) => route.abort());
    return new DetectionBrowser(browser, page, await (bundle ?? detectionBundle()));
  }

  /** Loads the HTML and detects; `url` is the address the page pretends to have (for profile matching). */
  async detect(html: string, url = 'https://example.invalid/form.html'): Promise<DetectionRow[]> {
    await this.page.setContent(html, { waitUntil: 'domcontentloaded' });
    await this.page.addScriptTag({ content: this.bundle });
    return this.page.evaluate(
      (u) => (globalThis as unknown as { __lhrDetect(u: string): DetectionRow[] }).__lhrDetect(u),
      url,
    );
  }

  /** Runs a script expression in the page after loading the HTML and the bundle (benchmarks, check-form). */
  async evaluate(html: string, expression: string): Promise<unknown> {
    await this.page.setContent(html, { waitUntil: 'domcontentloaded' });
    await this.page.addScriptTag({ content: this.bundle });
    return this.page.evaluate(expression);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
