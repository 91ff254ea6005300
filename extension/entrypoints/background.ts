import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from '#imports';
import { CARD_READ_PORT } from '../../shared/protocol/runtime-port';
import { isAssistedOrigin } from '../../shared/sites/assisted-origins';
import { AgentLink } from '../background/agent-link';
import { serveCardReadPort } from '../background/card-read-port';
import { ChecklistStore } from '../background/checklist-store';
import { PersonCache } from '../background/person-cache';
import { routeRuntimeMessage } from '../background/runtime-router';

export default defineBackground(() => {
  const agent = new AgentLink();
  const cache = new PersonCache();
  const checklists = new ChecklistStore();
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    routeRuntimeMessage(message, sender, { agent, cache, checklists }),
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
