import { AppError, toWire } from '../../shared/errors';
import { searchOrgs } from '../../shared/forms/org-search';
import { retirementList } from '../../shared/forms/retirement-list';
import { applyStatusChange } from '../../shared/forms/status-change';
import { applyTeachPatches } from '../../shared/profile/apply-teach';
import { mergeProfiles } from '../../shared/profile/merge-profiles';
import type { LazyFeatureScript } from '../../shared/protocol/lazy-features';
import { type RuntimeReply, RuntimeRequest } from '../../shared/protocol/runtime';
import { fromUtcDate } from '../../shared/thai/partial-date';
import { bundledProfiles } from '../profiles/load-profiles';
import type { AgentLink } from './agent-link';
import type { ChecklistStore } from './checklist-store';
import type { FrameRelay } from './frame-relay';
import type { ProvinceClient } from './province/province-client';
import type { RateLimiter } from './rate-limiter';
import type { ReadinessService } from './readiness/readiness-service';
import { fillPersonOf, patchOfFillPerson } from './register/fill-person-bridge';
import type { RegisterStore } from './register/register-store';
import { ALLOWED_SENDERS, originOf, type SelfInfo, type SenderLike, senderKind } from './sender-policy';
import type { BackendSession } from './sync/backend-session';
import type { SyncService } from './sync/sync-service';
import { Vault } from './vault/vault';

export interface RouterDeps {
  agent: Pick<AgentLink, 'status' | 'pair' | 'forget'>;
  register: Pick<RegisterStore, 'search' | 'get' | 'save' | 'bulkImport' | 'undo' | 'list' | 'all'>;
  checklists: Pick<ChecklistStore, 'report' | 'get'>;
  sync: Pick<
    SyncService,
    | 'saveDraft'
    | 'findDrafts'
    | 'draftSite'
    | 'deleteDraft'
    | 'resolve'
    | 'status'
    | 'syncNow'
    | 'profiles'
    | 'flush'
    | 'teach'
    | 'taught'
    | 'reportStale'
    | 'orgs'
  >;
  session: Pick<BackendSession, 'login' | 'logout' | 'stored'>;
  vault: Pick<Vault, 'openAtLogin' | 'unlock' | 'lock' | 'wipe' | 'touch'>;
  /** injects a feature script into the asking tab's frame (scripting.executeScript) */
  features: { inject(tabId: number, frameId: number, script: LazyFeatureScript): Promise<void> };
  /** register searches per caller */
  searches: RateLimiter;
  /** the province API for the LHR province pages (supervisors) */
  province: Pick<ProvinceClient, 'orgs' | 'org'>;
  readiness?: Pick<ReadinessService, 'check' | 'acknowledge' | 'certified' | 'plan' | 'setPlan'>;
  /** the frames of each tab: sub-frames' forms to the overlay's frame, its commands back (frame-relay.ts) */
  frames?: Pick<FrameRelay, 'host' | 'report' | 'command'>;
  /** opens the printable readiness report page in a new tab */
  openReport?: () => Promise<void>;
}

/** The guard's jump target per tab, read once by the staff list it opens (memory only: a citizen ID never persists here). */
const jumps = new Map<string, string>();

const FORBIDDEN: RuntimeReply = {
  ok: false,
  error: { code: 'FORBIDDEN_ORIGIN', message: 'not allowed from this page' },
};

/**
 * Answers runtime messages after checking who sent them (ALLOWED_SENDERS, per message type) and parsing them. A page
 * acts only on its own site's drafts; the register answers only while the officer's vault is unlocked.
 */
export async function routeRuntimeMessage(
  raw: unknown,
  sender: SenderLike,
  deps: RouterDeps,
  self: SelfInfo,
): Promise<RuntimeReply> {
  const kind = senderKind(sender, self);
  if (kind === 'other') return FORBIDDEN;
  const parsed = RuntimeRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_MESSAGE', message: 'invalid message' } };
  const request = parsed.data;
  if (!ALLOWED_SENDERS[request.type].includes(kind)) return FORBIDDEN;
  // Set for every sender the policy lets through to page-scoped messages.
  const site = kind === 'assisted-page' ? originOf(sender.url as string) : '';
  const caller = sender.tab?.id !== undefined ? `tab:${sender.tab.id}` : 'extension';
  // The officer's own actions keep the vault open; status polls and the background's sync do not.
  if (/^(register|person|draft|readiness|plan)\./.test(request.type)) deps.vault.touch();
  const readiness = () => {
    if (!deps.readiness) throw new AppError('UNKNOWN', 'readiness checklist unavailable');
    return deps.readiness;
  };
  const frames = () => {
    // relayed only within the sender's own tab, between content scripts of assisted pages
    if (!deps.frames || sender.tab?.id === undefined)
      throw new AppError('FORBIDDEN_ORIGIN', 'not from a tab');
    return { relay: deps.frames, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
  };
  const searchAllowed = () => {
    if (!deps.searches.take(caller))
      throw new AppError('RATE_LIMITED', 'ค้นหาบ่อยเกินไป กรุณารอสักครู่ (too many searches, wait a moment)');
  };
  try {
    switch (request.type) {
      case 'agent.status':
        return { ok: true, status: await deps.agent.status() };
      case 'agent.pair':
        await deps.agent.pair(request.code);
        return { ok: true, status: await deps.agent.status() };
      case 'agent.forget':
        await deps.agent.forget();
        return { ok: true, status: await deps.agent.status() };
      case 'backend.login': {
        const user = await deps.session.login(request.url, request.username, request.password);
        const stored = await deps.session.stored();
        if (stored)
          await deps.vault.openAtLogin(await Vault.userTag(stored.backendUrl, user.id), request.password);
        void deps.sync.syncNow();
        return { ok: true, sync: await deps.sync.status() };
      }
      case 'backend.logout': {
        // Push what is pending first; wipe the vault only when nothing is left, else keep it locked for this officer.
        const pending = await deps.sync.flush();
        const stored = await deps.session.stored();
        await deps.session.logout();
        if (stored && pending === 0)
          await deps.vault.wipe(await Vault.userTag(stored.backendUrl, stored.user.id));
        else deps.vault.lock();
        return { ok: true, sync: await deps.sync.status() };
      }
      case 'vault.unlock': {
        const stored = await deps.session.stored();
        if (!stored) throw new AppError('UNAUTHORIZED', 'กรุณาเข้าสู่ระบบก่อน (log in first)');
        await deps.vault.unlock(await Vault.userTag(stored.backendUrl, stored.user.id), request.password);
        void deps.sync.syncNow();
        return { ok: true, sync: await deps.sync.status() };
      }
      case 'vault.lock':
        deps.vault.lock();
        return { ok: true, sync: await deps.sync.status() };
      case 'sync.status':
        return { ok: true, sync: await deps.sync.status() };
      case 'sync.now':
        await deps.sync.syncNow();
        return { ok: true, sync: await deps.sync.status() };
      case 'profiles.get': {
        // The bundled profiles live here rather than in the content script (its size budget); synced ones win, and
        // the officer's taught patches go over both here too, so the content script need not carry the patching
        // (bench:extension: the core was 78 B over its goal with it).
        return {
          ok: true,
          profiles: applyTeachPatches(
            mergeProfiles(bundledProfiles(), await deps.sync.profiles()),
            await deps.sync.taught(),
          ),
        };
      }
      case 'profiles.teach':
        // Only this page's own origin may be taught: a page cannot change another site's profile.
        if (request.patch.origin !== site) return FORBIDDEN;
        await deps.sync.teach(request.patch);
        return { ok: true };
      case 'profiles.stale':
        await deps.sync.reportStale(request.report);
        return { ok: true };
      case 'feature.load':
        if (sender.tab?.id === undefined) return FORBIDDEN;
        await deps.features.inject(sender.tab.id, sender.frameId ?? 0, request.script);
        return { ok: true };
      case 'checklist.report':
        await deps.checklists.report(site, request.page);
        return { ok: true };
      case 'checklist.get':
        return { ok: true, checklist: await deps.checklists.get(site) };
      case 'draft.save':
        // The site comes from the sender, never from the message: a page cannot write another site's drafts.
        await deps.sync.saveDraft({ ...request.draft, site });
        return { ok: true };
      case 'draft.find':
        return { ok: true, drafts: await deps.sync.findDrafts(site, request.form) };
      case 'draft.delete':
      case 'draft.resolve': {
        const owner = await deps.sync.draftSite(request.id);
        if (owner === null) return { ok: true };
        if (owner !== site) return FORBIDDEN;
        if (request.type === 'draft.delete') await deps.sync.deleteDraft(request.id);
        else await deps.sync.resolve(request.id, request.choice);
        return { ok: true };
      }
      case 'person.search': {
        searchAllowed();
        const matches = await deps.register.search(request.query);
        const records = await Promise.all(matches.map((m) => deps.register.get(m.citizenId)));
        return { ok: true, people: records.flatMap((r) => (r ? [fillPersonOf(r)] : [])) };
      }
      case 'person.save': {
        const existing = await deps.register.get(request.person.citizenId);
        await deps.register.save(
          request.person.citizenId,
          patchOfFillPerson(request.person, existing),
          'card',
        );
        return { ok: true };
      }
      case 'register.search':
        searchAllowed();
        return { ok: true, matches: await deps.register.search(request.query, request.limit) };
      case 'register.get':
        // Whole citizen IDs tried one by one are enumeration too: pages share the search budget.
        if (kind === 'assisted-page') searchAllowed();
        return { ok: true, record: await deps.register.get(request.citizenId) };
      case 'register.save':
        return {
          ok: true,
          saved: await deps.register.save(request.citizenId, request.patch, request.source),
        };
      case 'register.bulkImport':
        return { ok: true, imported: await deps.register.bulkImport(request.records) };
      case 'register.undo':
        return { ok: true, undone: await deps.register.undo(request.citizenId) };
      case 'register.list':
        return { ok: true, page: await deps.register.list(request) };
      case 'province.orgs':
        return { ok: true, provinceOrgs: await deps.province.orgs(request.orgs) };
      case 'province.org':
        return { ok: true, provinceOrg: await deps.province.org(request.org) };
      case 'readiness.check':
        return { ok: true, readiness: await readiness().check() };
      case 'readiness.acknowledge':
        return { ok: true, readiness: await readiness().acknowledge() };
      case 'readiness.certified':
        await readiness().certified(request.at);
        return { ok: true };
      case 'readiness.jump':
        jumps.set(caller, request.citizenId);
        return { ok: true };
      case 'readiness.jumpTarget': {
        const jumpTo = jumps.get(caller) ?? null;
        jumps.delete(caller);
        return { ok: true, jumpTo };
      }
      case 'report.open':
        await deps.openReport?.();
        return { ok: true };
      case 'plan.get':
        return { ok: true, plan: await readiness().plan() };
      case 'plan.set':
        return { ok: true, plan: await readiness().setPlan(request.plan) };
      case 'orgs.search': {
        // The registry is public data (no rate limit); the officer's own province is listed first.
        const orgs = await deps.sync.orgs();
        const own = (await deps.session.stored())?.user.orgCode ?? null;
        const province = orgs.find((o) => o.code === own)?.province ?? '';
        return { ok: true, orgs: searchOrgs(orgs, request.query, request.limit, province), own };
      }
      case 'register.statusChange': {
        const record = await deps.register.get(request.citizenId);
        if (!record) return { ok: true, recorded: false };
        const changed = applyStatusChange(record, request.change, new Date().toISOString());
        await deps.register.save(request.citizenId, { appointment: changed.appointment }, 'capture');
        return { ok: true, recorded: true };
      }
      case 'frame.host': {
        const { relay, tabId, frameId } = frames();
        return { ok: true, frames: await relay.host(tabId, frameId) };
      }
      case 'frame.report': {
        const { relay, tabId, frameId } = frames();
        await relay.report(tabId, frameId, request.form);
        return { ok: true };
      }
      case 'frame.command': {
        const { relay, tabId, frameId } = frames();
        await relay.command(tabId, frameId, request.frameId, request.command);
        return { ok: true };
      }
      case 'register.retirements': {
        const people = await deps.register.all();
        const byId = new Map(people.map((p) => [p.citizenId, p]));
        const now = new Date();
        const today = fromUtcDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
        const retirements = retirementList(people, today).map((r) => {
          const th = byId.get(r.citizenId)?.name.th;
          const name = th ? `${th.title}${th.first} ${th.last}`.trim() : '';
          return { ...r, name };
        });
        return { ok: true, retirements };
      }
    }
  } catch (error) {
    return { ok: false, error: toWire(error) };
  }
}
