import browser, { type Runtime } from 'webextension-polyfill';
import { toWire } from '../../shared/errors';
import { type RuntimeReply, RuntimeRequest } from '../../shared/protocol/runtime';
import { isAssistedOrigin } from '../../shared/sites/assisted-origins';
import type { AgentLink } from './agent-link';
import type { ChecklistStore } from './checklist-store';
import type { PersonCache } from './person-cache';
import type { BackendSession } from './sync/backend-session';
import type { SyncService } from './sync/sync-service';

type Sender = 'extension-page' | 'assisted-page' | 'other';

const FORBIDDEN: RuntimeReply = {
  ok: false,
  error: { code: 'FORBIDDEN_ORIGIN', message: 'not allowed from this page' },
};

function senderKind(sender: Runtime.MessageSender): Sender {
  if (sender.id !== browser.runtime.id || !sender.url) return 'other';
  const origin = new URL(sender.url).origin;
  if (origin === new URL(browser.runtime.getURL('/')).origin) return 'extension-page';
  return sender.tab && isAssistedOrigin(origin) ? 'assisted-page' : 'other';
}

/**
 * Answers runtime messages after parsing them and checking who sent them: pairing only from extension pages
 * (the popup), the person cache only from assisted pages and extension pages.
 */
export async function routeRuntimeMessage(
  raw: unknown,
  sender: Runtime.MessageSender,
  deps: {
    agent: AgentLink;
    cache: PersonCache;
    checklists: ChecklistStore;
    sync: SyncService;
    session: BackendSession;
  },
): Promise<RuntimeReply> {
  const kind = senderKind(sender);
  const parsed = RuntimeRequest.safeParse(raw);
  if (kind === 'other')
    return { ok: false, error: { code: 'FORBIDDEN_ORIGIN', message: 'not allowed from this page' } };
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_MESSAGE', message: 'invalid message' } };
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'agent.status':
        return { ok: true, status: await deps.agent.status() };
      case 'agent.pair':
      case 'agent.forget':
        if (kind !== 'extension-page')
          return { ok: false, error: { code: 'FORBIDDEN_ORIGIN', message: 'pairing happens in the popup' } };
        if (request.type === 'agent.pair') await deps.agent.pair(request.code);
        else await deps.agent.forget();
        return { ok: true, status: await deps.agent.status() };
      case 'person.search':
        return { ok: true, people: await deps.cache.search(request.query) };
      case 'person.save':
        await deps.cache.save(request.person);
        return { ok: true };
      case 'checklist.report':
        if (kind !== 'assisted-page' || !sender.url)
          return {
            ok: false,
            error: { code: 'FORBIDDEN_ORIGIN', message: 'checklists come from assisted pages' },
          };
        await deps.checklists.report(new URL(sender.url).origin, request.page);
        return { ok: true };
      case 'draft.save': {
        if (kind !== 'assisted-page' || !sender.url) return FORBIDDEN;
        // The site comes from the sender, never from the message: a page cannot write another site's drafts.
        await deps.sync.saveDraft({ ...request.draft, site: new URL(sender.url).origin });
        return { ok: true };
      }
      case 'draft.find':
        if (!sender.url) return FORBIDDEN;
        return { ok: true, drafts: await deps.sync.findDrafts(new URL(sender.url).origin, request.form) };
      case 'draft.delete':
        await deps.sync.deleteDraft(request.id);
        return { ok: true };
      case 'draft.resolve':
        await deps.sync.resolve(request.id, request.choice);
        return { ok: true };
      case 'backend.login':
        if (kind !== 'extension-page') return FORBIDDEN;
        await deps.session.login(request.url, request.username, request.password);
        void deps.sync.syncNow();
        return { ok: true, sync: await deps.sync.status() };
      case 'backend.logout':
        if (kind !== 'extension-page') return FORBIDDEN;
        await deps.session.logout();
        return { ok: true, sync: await deps.sync.status() };
      case 'sync.status':
        return { ok: true, sync: await deps.sync.status() };
      case 'sync.now':
        await deps.sync.syncNow();
        return { ok: true, sync: await deps.sync.status() };
      case 'profiles.get':
        return { ok: true, profiles: await deps.sync.profiles() };
      case 'checklist.get':
        if (!sender.url) return { ok: false, error: { code: 'FORBIDDEN_ORIGIN', message: 'no sender' } };
        return { ok: true, checklist: await deps.checklists.get(new URL(sender.url).origin) };
      default:
        return FORBIDDEN;
    }
  } catch (error) {
    return { ok: false, error: toWire(error) };
  }
}
