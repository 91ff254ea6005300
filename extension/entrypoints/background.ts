import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from '#imports';
import { CARD_READ_PORT } from '../../shared/protocol/runtime-port';
import { isAssistedOrigin } from '../../shared/sites/assisted-origins';
import { AgentLink } from '../background/agent-link';
import { serveCardReadPort } from '../background/card-read-port';
import { ChecklistStore } from '../background/checklist-store';
import { PersonCache } from '../background/person-cache';
import { routeRuntimeMessage } from '../background/runtime-router';
import { BackendSession } from '../background/sync/backend-session';
import { DexieSyncStore } from '../background/sync/sync-db';
import { SyncService } from '../background/sync/sync-service';

export default defineBackground(() => {
  const agent = new AgentLink();

  const checklists = new ChecklistStore();
  const session = new BackendSession();
  const store = new DexieSyncStore();
  const sync = new SyncService(store, session);
  const cache = new PersonCache(store, sync);
  // Sync once a minute while the browser runs (the worker may sleep in between; the alarm wakes it).
  browser.alarms.create('sync', { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'sync') void sync.syncNow();
  });
  void sync.syncNow();
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    routeRuntimeMessage(message, sender, { agent, cache, checklists, sync, session }),
  );
  browser.runtime.onConnect.addListener((port) => {
    const origin = port.sender?.url ? new URL(port.sender.url).origin : '';
    if (port.name !== CARD_READ_PORT || port.sender?.id !== browser.runtime.id || !isAssistedOrigin(origin)) {
      port.disconnect();
      return;
    }
    serveCardReadPort(port, agent);
  });
});
