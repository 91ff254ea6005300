import browser from 'webextension-polyfill';
import { ChecklistPage } from '../../shared/protocol/runtime';

/**
 * The latest checklist of each assisted page, per site, for this browser session only (storage.session is cleared
 * when the browser closes). Holds field labels and codes — never a value.
 */
export class ChecklistStore {
  private key(origin: string): string {
    return `checklist:${origin}`;
  }

  async report(origin: string, page: ChecklistPage): Promise<void> {
    const pages = await this.get(origin);
    const next = [...pages.filter((p) => p.path !== page.path), page].slice(-50);
    await browser.storage.session.set({ [this.key(origin)]: next });
  }

  async get(origin: string): Promise<ChecklistPage[]> {
    const stored = (await browser.storage.session.get(this.key(origin)))[this.key(origin)];
    const parsed = ChecklistPage.array().safeParse(stored ?? []);
    return parsed.success ? parsed.data : [];
  }
}
