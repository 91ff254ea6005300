import type { RuntimeRequest } from '../../shared/protocol/runtime';
import { isAssistedOrigin } from '../../shared/sites/assisted-origins';

/** Who sent a runtime message: the extension's own pages (popup, register pages), a content script, or anyone else. */
export type SenderKind = 'extension-page' | 'assisted-page' | 'other';

/** The fields of `runtime.MessageSender` the checks read. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/** This extension: its id, its origin (chrome-extension://id), and whether it is a practice build. */
export interface SelfInfo {
  id: string;
  origin: string;
  practice: boolean;
}

/**
 * scheme://host[:port] of a URL. Not `URL.origin`, which is "null" for chrome-extension:// and moz-extension:// URLs
 * outside the browser (and in some engines).
 */
export function originOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

export function senderKind(sender: SenderLike, self: SelfInfo): SenderKind {
  if (sender.id !== self.id || !sender.url) return 'other';
  let origin: string;
  try {
    origin = originOf(sender.url);
  } catch {
    return 'other';
  }
  if (origin === self.origin) return 'extension-page';
  return sender.tab && isAssistedOrigin(origin, { practice: self.practice }) ? 'assisted-page' : 'other';
}

const EXT = ['extension-page'] as const;
const PAGE = ['assisted-page'] as const;
const BOTH = ['extension-page', 'assisted-page'] as const;

/**
 * Which senders may send each message (issue 15 §14). Declared for every message type, so a new message does not
 * compile until someone decides who may send it. Logins, pairing, the lock and imports happen only in the
 * extension's own pages; drafts and checklists belong to the page (scoped to its site by the router).
 */
export const ALLOWED_SENDERS: Record<RuntimeRequest['type'], readonly SenderKind[]> = {
  'agent.status': BOTH,
  'agent.pair': EXT,
  'agent.forget': EXT,
  'backend.login': EXT,
  'backend.logout': EXT,
  'vault.unlock': EXT,
  'vault.lock': EXT,
  'sync.status': EXT,
  'sync.now': EXT,
  'profiles.get': BOTH,
  'profiles.teach': PAGE,
  'profiles.stale': PAGE,
  'feature.load': PAGE,
  'checklist.report': PAGE,
  'checklist.get': PAGE,
  'draft.save': PAGE,
  'draft.find': PAGE,
  'draft.delete': PAGE,
  'draft.resolve': PAGE,
  'person.search': BOTH,
  'person.save': PAGE,
  'register.search': BOTH,
  'register.get': BOTH,
  'register.save': BOTH,
  'register.undo': BOTH,
  'register.list': BOTH,
  'register.bulkImport': EXT,
  'province.orgs': PAGE,
  'province.org': PAGE,
  'readiness.check': BOTH,
  'readiness.acknowledge': PAGE,
  'readiness.certified': PAGE,
  'readiness.jump': PAGE,
  'readiness.jumpTarget': PAGE,
  'report.open': BOTH,
  'plan.get': EXT,
  'plan.set': EXT,
  // the other DLA forms: the target-อปท. type-ahead and the register update after a status change or transfer
  'orgs.search': BOTH,
  'register.statusChange': BOTH,
  'register.retirements': BOTH,
  // frames of one tab (background/frame-relay.ts): content scripts only, relayed within the sender's tab
  'frame.host': PAGE,
  'frame.report': PAGE,
  'frame.command': PAGE,
};
