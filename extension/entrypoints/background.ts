import Dexie from 'dexie';
import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from '#imports';
import { CARD_READ_PORT } from '../../shared/protocol/runtime-port';
import { AgentLink } from '../background/agent-link';
import { PRACTICE_BUILD } from '../background/build-flags';
import { serveCardReadPort } from '../background/card-read-port';
import { ChecklistStore } from '../background/checklist-store';
import { FrameRelay, type FrameSnapshot } from '../background/frame-relay';
import { ProvinceClient } from '../background/province/province-client';
import { RateLimiter } from '../background/rate-limiter';
import { ReadinessService } from '../background/readiness/readiness-service';
import { RegisterStore } from '../background/register/register-store';
import { routeRuntimeMessage } from '../background/runtime-router';
import { SecretStore } from '../background/secret-store';
import { originOf, type SelfInfo, senderKind } from '../background/sender-policy';
import { BackendSession } from '../background/sync/backend-session';
import { DexieSyncStore } from '../background/sync/sync-db';
import { SyncService } from '../background/sync/sync-service';
import { type SessionSlot, Vault, type VaultSession } from '../background/vault/vault';

/** The vault's KEK between worker restarts: storage.session is RAM only and, by default, closed to content scripts. */
const sessionSlot: SessionSlot = {
  async get() {
    const { vault } = await browser.storage.session.get('vault');
    return (vault as VaultSession | undefined) ?? null;
  },
  async set(value) {
    if (value) await browser.storage.session.set({ vault: value });
    else await browser.storage.session.remove('vault');
  },
};

export default defineBackground(() => {
  const self: SelfInfo = {
    id: browser.runtime.id,
    origin: originOf(browser.runtime.getURL('/')),
    practice: PRACTICE_BUILD,
  };
  // Say it explicitly rather than trust the default: content scripts must never read the session area (the KEK).
  void (
    browser.storage.session as unknown as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }
  )
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch(() => {});
  // The store before the vault kept every officer's records under one key lying next to them, with citizen IDs as
  // keys: it goes. Records there were synced or are drafts of whoever used the PC; they come back from the server
  // at the next login (unpushed edits from before this version are dropped rather than pushed under another login).
  void Dexie.delete('lhr-assist-sync').catch(() => {});
  const secrets = new SecretStore({
    get: (key) => browser.storage.local.get(key),
    remove: (key) => browser.storage.local.remove(key),
  });
  const agent = new AgentLink(secrets);
  const checklists = new ChecklistStore();
  const session = new BackendSession(secrets, PRACTICE_BUILD);
  const vault = new Vault(sessionSlot);
  const store = new DexieSyncStore(vault);
  const sync = new SyncService(store, session, vault, secrets);
  const register = new RegisterStore(store, sync, vault);
  const searches = new RateLimiter(30, 60_000);
  const province = new ProvinceClient(session);
  // The "certify anyway" time sits in storage.local (extension-private): no personal data, survives restarts.
  const readiness = new ReadinessService(
    store,
    sync,
    async () => (await session.stored())?.user.orgCode ?? null,
    {
      get: async () => ((await browser.storage.local.get('readinessAck')).readinessAck as string) ?? null,
      set: async (at) =>
        at ? browser.storage.local.set({ readinessAck: at }) : browser.storage.local.remove('readinessAck'),
    },
  );
  // Feature scripts run in the content script's isolated world of the frame that asked (lazy-feature.ts).
  const features = {
    async inject(tabId: number, frameId: number, script: string) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [`/${script}.js`],
      });
    },
  };
  // The tab's one overlay and the forms of its other frames (issue 14 item 4).
  const frames = new FrameRelay(
    async (tabId, frameId, message) => {
      await browser.tabs.sendMessage(tabId, message, { frameId });
    },
    {
      get: async () => ((await browser.storage.session.get('frames')).frames as FrameSnapshot) ?? null,
      set: (snapshot) => browser.storage.session.set({ frames: snapshot }),
    },
  );
  browser.tabs.onRemoved.addListener((tabId) => void frames.drop(tabId));
  // Sync once a minute while the browser runs (the worker may sleep in between; the alarm wakes it). The same tick
  // enforces the idle lock.
  browser.alarms.create('sync', { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'sync') void sync.syncNow();
  });
  void sync.syncNow();
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    routeRuntimeMessage(
      message,
      sender,
      {
        agent,
        register,
        checklists,
        sync,
        session,
        vault,
        searches,
        readiness,
        province,
        features,
        frames,
        openReport: async () => {
          await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
        },
      },
      self,
    ),
  );
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CARD_READ_PORT || senderKind(port.sender ?? {}, self) !== 'assisted-page') {
      port.disconnect();
      return;
    }
    serveCardReadPort(port, agent);
  });
});
