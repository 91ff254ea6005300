import browser from 'webextension-polyfill';
import { askView } from './readiness-client';

/** What the scripts loaded on a certify page ask of the whole-register checklist besides the check itself. */
export const readinessActions = {
  /** "certify anyway": recorded (and synced) by the background with the checklist as it stands */
  acknowledge: () => askView('readiness.acknowledge'),
  async certified(at: string): Promise<void> {
    await browser.runtime.sendMessage({ type: 'readiness.certified', at }).catch(() => {});
  },
  async openReport(): Promise<void> {
    await browser.runtime.sendMessage({ type: 'report.open' }).catch(() => {});
  },
  async jump(citizenId: string): Promise<void> {
    await browser.runtime.sendMessage({ type: 'readiness.jump', citizenId }).catch(() => {});
  },
  async jumpTarget(): Promise<string | null> {
    const reply = (await browser.runtime.sendMessage({ type: 'readiness.jumpTarget' }).catch(() => null)) as {
      jumpTo?: unknown;
    } | null;
    return typeof reply?.jumpTo === 'string' ? reply.jumpTo : null;
  },
};
