import { AppError, toWire, type WireError } from '../../../shared/errors';
import { OrgRecord } from '../../../shared/forms/org-record';
import { overlayProvince } from '../../../shared/profile/merge-profiles';
import { ProfileHealth } from '../../../shared/profile/profile-health';
import { type SiteProfile, validProfiles } from '../../../shared/profile/site-profile';
import { TeachPatch, teachKey } from '../../../shared/profile/teach-patch';
import type { DraftSummary, SyncStatus } from '../../../shared/protocol/runtime';
import { DraftData } from '../../../shared/protocol/sync';
import { HttpSyncTransport } from '../../../shared/sync/http-transport';
import { SyncEngine } from '../../../shared/sync/sync-engine';
import type { SecretStore } from '../secret-store';
import type { Vault } from '../vault/vault';
import type { BackendSession } from './backend-session';
import type { DexieSyncStore } from './sync-db';

/** Drafts: saved locally at once (encrypted), synced in the background with backoff when the backend answers. */
export class SyncService {
  private readonly engine: SyncEngine;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private backoffMs = 2000;
  private lastError: WireError | null = null;
  private running: Promise<void> | null = null;
  /** the org registry read from the vault once per sync (7,850 records; the type-ahead searches it per keystroke) */
  private orgCache: OrgRecord[] | null = null;

  constructor(
    private readonly store: DexieSyncStore,
    private readonly session: BackendSession,
    private readonly vault: Vault,
    private readonly profileCache?: Pick<SecretStore, 'get' | 'set'>,
  ) {
    const transport = {
      push: async (r: Parameters<HttpSyncTransport['push']>[0]) => (await this.transport()).push(r),
      pull: async (q: Parameters<HttpSyncTransport['pull']>[0]) => (await this.transport()).pull(q),
    };
    this.engine = new SyncEngine(store, transport);
  }

  private async transport(): Promise<HttpSyncTransport> {
    const base = await this.session.baseUrl();
    if (!base) throw new Error('not logged in');
    return new HttpSyncTransport(base, this.session.accessToken);
  }

  static draftId(d: Pick<DraftData, 'site' | 'form' | 'recordKey'>): string {
    return `${d.site}|${d.form}|${d.recordKey}`.slice(0, 200);
  }

  async saveDraft(draft: DraftData): Promise<void> {
    await this.engine.edit('drafts', SyncService.draftId(draft), DraftData.parse(draft));
    this.schedule(1500);
  }

  /** Any synced record (the register `people`; the readiness checklist `readiness`, `plans`; teach mode `profile-proposals`, `profile-health`). */
  async edit(
    collection: 'people' | 'readiness' | 'plans' | 'profile-proposals' | 'profile-health',
    id: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.engine.edit(collection, id, data);
    this.schedule(1500);
  }

  /** The site a draft belongs to (null when there is no such draft): pages may touch only their own site's drafts. */
  async draftSite(id: string): Promise<string | null> {
    const record = await this.store.get('drafts', id);
    const current = record?.data ? DraftData.safeParse(record.data) : null;
    if (current?.success) return current.data.site;
    const theirs = record?.conflict?.data ? DraftData.safeParse(record.conflict.data) : null;
    return theirs?.success ? theirs.data.site : null;
  }

  /** Before logout: push what is pending; returns how many changes could not be pushed (null: locked, unknown). */
  async flush(): Promise<number | null> {
    await this.syncNow();
    return this.store.dirtyCount().catch(() => null);
  }

  async deleteDraft(id: string): Promise<void> {
    if (!(await this.store.get('drafts', id))) return;
    await this.engine.edit('drafts', id, null);
    this.schedule(1500);
  }

  async findDrafts(site: string, form: string): Promise<DraftSummary[]> {
    const out: DraftSummary[] = [];
    for (const r of await this.store.list('drafts')) {
      const d = DraftData.safeParse(r.data);
      if (!d.success || d.data.site !== site || d.data.form !== form) continue;
      const theirs = r.conflict?.data ? DraftData.safeParse(r.conflict.data) : null;
      out.push({ id: r.id, draft: d.data, pending: r.dirty, conflict: theirs?.success ? theirs.data : null });
    }
    return out.sort((a, b) => b.draft.savedAt.localeCompare(a.draft.savedAt));
  }

  /**
   * Site profiles pulled from the backend that pass the schema (read-only: never edited here): the national ones with
   * the officer's province's copies over them. They hold no personal data, and the certify guard needs them while the
   * register is locked too: the last list read while unlocked is kept outside the vault (in the extension's private
   * store, out of content scripts' reach) and served then.
   */
  async profiles(): Promise<SiteProfile[]> {
    let records: unknown[];
    try {
      const data = async (collection: 'profiles' | 'province-profiles') =>
        validProfiles((await this.store.list(collection)).flatMap((r) => (r.data ? [r.data] : []))).profiles;
      // The province's copies (a supervisor's approval) over the national ones: shared/profile/merge-profiles.ts.
      records = overlayProvince(await data('profiles'), await data('province-profiles'));
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'LOCKED') || !this.profileCache) throw error;
      records = (await this.profileCache.get<unknown[]>('profiles')) ?? [];
    }
    const { profiles } = validProfiles(records);
    await this.profileCache?.set('profiles', profiles);
    return profiles;
  }

  /**
   * Teach mode: the patch is kept at once outside the vault (it holds locators, no personal data, and the page must
   * use it while the register is locked too), then offered to the backend as a proposal. While the vault is locked
   * it waits in `unproposed` and goes with the next sync.
   */
  async teach(patch: TeachPatch): Promise<void> {
    const key = teachKey(patch);
    const taught = (await this.taught()).filter((p) => teachKey(p) !== key);
    await this.profileCache?.set('taught', [...taught, patch]);
    const waiting = ((await this.profileCache?.get<string[]>('unproposed')) ?? []).filter((k) => k !== key);
    await this.profileCache?.set('unproposed', [...waiting, key]);
    await this.proposeWaiting().catch(() => undefined);
  }

  /** The officer's taught patches (applied over the profiles on every page of this browser). */
  async taught(): Promise<TeachPatch[]> {
    const stored = (await this.profileCache?.get<unknown[]>('taught')) ?? [];
    return stored.flatMap((p) => {
      const parsed = TeachPatch.safeParse(p);
      return parsed.success ? [parsed.data] : [];
    });
  }

  private async proposeWaiting(): Promise<void> {
    const waiting = (await this.profileCache?.get<string[]>('unproposed')) ?? [];
    if (waiting.length === 0 || !(await this.vault.isUnlocked())) return;
    for (const patch of await this.taught())
      if (waiting.includes(teachKey(patch)))
        await this.engine.edit('profile-proposals', teachKey(patch), patch);
    await this.profileCache?.set('unproposed', []);
    this.schedule(500);
  }

  /** A stale profile page seen on this browser: reported once per profile version and page. */
  async reportStale(report: ProfileHealth): Promise<void> {
    const id = `${report.profileId}|${report.pageId}`;
    const seen = (await this.profileCache?.get<string[]>('staleSeen')) ?? [];
    const mark = `${id}@${report.profileVersion}`;
    if (seen.includes(mark) || !(await this.vault.isUnlocked())) return;
    await this.engine.edit('profile-health', id, ProfileHealth.parse(report));
    await this.profileCache?.set('staleSeen', [...seen, mark].slice(-200));
    this.schedule(1500);
  }

  /** The DLA org registry (national collection `orgs`), records that pass the schema. */
  async orgs(): Promise<OrgRecord[]> {
    if (this.orgCache) return this.orgCache;
    const orgs = (await this.store.list('orgs')).flatMap((r) => {
      const o = OrgRecord.safeParse(r.data);
      return o.success ? [o.data] : [];
    });
    this.orgCache = orgs;
    return orgs;
  }

  async resolve(id: string, choice: 'mine' | 'theirs'): Promise<void> {
    await this.engine.resolve('drafts', id, choice);
    this.schedule(500);
  }

  async status(): Promise<SyncStatus> {
    const loggedIn = (await this.session.stored()) !== null;
    let dirty: Awaited<ReturnType<DexieSyncStore['dirty']>>;
    try {
      dirty = await this.store.dirty();
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'LOCKED')) throw error;
      return { loggedIn, locked: true, pending: 0, conflicts: 0, lastSync: null, lastError: this.lastError };
    }
    return {
      loggedIn,
      locked: false,
      pending: dirty.length,
      conflicts: dirty.filter((r) => r.conflict).length,
      lastSync: (await this.store.meta<string>('lastSync')) ?? null,
      lastError: this.lastError,
    };
  }

  /** Push then pull now; on failure, try again later with exponential backoff (2 s … 5 min). */
  syncNow(): Promise<void> {
    this.running ??= (async () => {
      try {
        // Nothing to do while logged out or locked: the vault's records cannot be read then.
        const stored = await this.session.stored();
        if (!stored || !(await this.vault.isUnlocked())) return;
        // A supervisor (province office) has no อปท. and so no register, drafts or plan of his own: only the national
        // collections (site profiles, readiness rules) and his province's profiles.
        if (stored.user.orgCode) {
          await this.proposeWaiting();
          await this.engine.push();
          while ((await this.store.dirty()).some((r) => !r.conflict)) {
            if (!(await this.engine.push())) break;
          }
          await this.engine.pull('drafts');
          await this.engine.pull('people');
          await this.engine.pull('plans');
        }
        await this.engine.pull('profiles');
        await this.engine.pull('rules');
        await this.engine.pull('orgs');
        // The province stream (profiles a supervisor approved): the backend serves the caller's own province; an
        // admin has none of his own and would have to name one. An account whose province is unknown to the backend
        // (403) simply has no province profiles: the national ones apply.
        if (stored.user.role !== 'admin')
          await this.engine.pull('province-profiles').catch((error: unknown) => {
            if (!(error instanceof AppError && error.code === 'FORBIDDEN')) throw error;
          });
        this.orgCache = null;
        await this.store.setMeta('lastSync', new Date().toISOString());
        this.lastError = null;
        this.backoffMs = 2000;
      } catch (error) {
        this.lastError = toWire(error);
        this.schedule(this.backoffMs);
        this.backoffMs = Math.min(this.backoffMs * 2, 300_000);
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.syncNow(), ms);
  }
}
