import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { bundledProfiles } from '../../../extension/profiles/load-profiles';
import { AppError } from '../../../shared/errors';
import { applyTeachPatch, profileHasPatch } from '../../../shared/profile/apply-teach';
import { mergeProfiles, overlayProvince } from '../../../shared/profile/merge-profiles';
import { ProfileHealth } from '../../../shared/profile/profile-health';
import { SiteProfile } from '../../../shared/profile/site-profile';
import { TeachPatch } from '../../../shared/profile/teach-patch';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';
import { NATIONAL, provinceStream } from '../sync/scope';
import { SyncStore } from '../sync/sync-store';
import { provinceScope } from './province-scope';

export interface ProposalRow {
  org: string;
  orgName: string;
  /** the อปท.'s province: a supervisor's approval reaches the officers of this province only */
  province: string;
  recordId: string;
  rev: number;
  patch: TeachPatch;
  /** where the profile this อปท.'s officers use already says this: the national one, the province's copy, or nowhere */
  publishedIn: PublishedIn | null;
  /** approving would change nothing for this caller (an admin: the national profile already says it) */
  applied: boolean;
}

export type PublishedIn = 'national' | 'province';

export interface Approval {
  profile: SiteProfile;
  publishedIn: PublishedIn;
  /** the province stream written (a supervisor's approval); null for the national one */
  province: string | null;
}

export interface HealthRow {
  org: string;
  orgName: string;
  report: ProfileHealth;
}

interface Published {
  rev: number;
  profile: SiteProfile;
}

/**
 * Teach-mode proposals and stale-profile reports for the dashboard (docs/province.md). A supervisor sees those of
 * his province's อปท., an admin all. A supervisor's approval publishes the patched profile into his province's
 * `province-profiles` stream, so it reaches the officers of his province only; an admin's publishes a new version of
 * the national `profiles` record, for every officer. Either reaches them with their next sync.
 */
export class ProfileProposals {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async rows(caller: Caller, collection: 'profile-proposals' | 'profile-health') {
    const scope = provinceScope(caller);
    let query = this.db
      .selectFrom('records')
      .innerJoin('orgs', 'orgs.code', 'records.org_code')
      .select([
        'records.org_code',
        'orgs.name',
        'orgs.province_code',
        'records.record_id',
        'records.rev',
        'records.data',
      ])
      .where('records.collection', '=', collection)
      .where('records.deleted', '=', 0)
      .orderBy('records.updated_at', 'desc')
      .limit(500);
    if (scope !== null) query = query.where('orgs.province_code', '=', scope);
    return query.execute();
  }

  /** The published profiles of the national stream (key `*`) and of the given provinces' streams, by stream. */
  private async published(provinces: readonly string[]): Promise<Map<string, Map<string, Published>>> {
    const streams = [NATIONAL, ...new Set(provinces)].map((p) => (p === NATIONAL ? p : provinceStream(p)));
    const rows = await this.db
      .selectFrom('records')
      .select(['org_code', 'collection', 'record_id', 'rev', 'data'])
      .where('org_code', 'in', streams)
      .where('collection', 'in', ['profiles', 'province-profiles'])
      .where('deleted', '=', 0)
      .execute();
    const out = new Map<string, Map<string, Published>>(streams.map((s) => [s, new Map()]));
    for (const r of rows) {
      // Each stream holds its own scope's collection only; anything else is not a publication.
      if ((r.org_code === NATIONAL) !== (r.collection === 'profiles')) continue;
      const parsed = SiteProfile.safeParse(JSON.parse(r.data ?? 'null'));
      if (parsed.success) out.get(r.org_code)?.set(r.record_id, { rev: r.rev, profile: parsed.data });
    }
    return out;
  }

  /**
   * The versions of one profile that officers of a province may use, and the one that applies to them — resolved as
   * their browsers do (shared/profile/merge-profiles.ts).
   */
  private static versions(published: Map<string, Map<string, Published>>, province: string, id: string) {
    const national = published.get(NATIONAL)?.get(id);
    const copy = published.get(provinceStream(province))?.get(id);
    const bundled = bundledProfiles().find((p) => p.id === id);
    const nationalEffective = mergeProfiles(bundled ? [bundled] : [], national ? [national.profile] : [])[0];
    const effective = mergeProfiles(
      bundled ? [bundled] : [],
      overlayProvince(national ? [national.profile] : [], copy ? [copy.profile] : []),
    )[0];
    return { national, copy, bundled, nationalEffective, effective };
  }

  async list(caller: Caller): Promise<ProposalRow[]> {
    const rows = await this.rows(caller, 'profile-proposals');
    const published = await this.published(rows.map((r) => r.province_code));
    return rows.flatMap((r) => {
      const parsed = TeachPatch.safeParse(JSON.parse(r.data ?? 'null'));
      if (!parsed.success) return [];
      const v = ProfileProposals.versions(published, r.province_code, parsed.data.profileId);
      const publishedIn: PublishedIn | null = profileHasPatch(v.effective, parsed.data)
        ? v.copy && v.effective === v.copy.profile
          ? 'province'
          : 'national'
        : null;
      const applied =
        caller.role === 'admin' ? profileHasPatch(v.nationalEffective, parsed.data) : publishedIn !== null;
      return [
        {
          org: r.org_code,
          orgName: r.name,
          province: r.province_code,
          recordId: r.record_id,
          rev: r.rev,
          patch: parsed.data,
          publishedIn,
          applied,
        },
      ];
    });
  }

  async health(caller: Caller): Promise<HealthRow[]> {
    return (await this.rows(caller, 'profile-health')).flatMap((r) => {
      const parsed = ProfileHealth.safeParse(JSON.parse(r.data ?? 'null'));
      return parsed.success ? [{ org: r.org_code, orgName: r.name, report: parsed.data }] : [];
    });
  }

  /**
   * Publishes one proposal (it must be in the caller's scope) as version + 1 of its profile: a supervisor's into his
   * province's stream, over the profile its officers use now; an admin's into the national stream, over the national
   * (or bundled) profile, numbered above every province's copy so that it reaches every officer.
   */
  async approve(caller: Caller, org: string, recordId: string): Promise<Approval> {
    const proposal = (await this.list(caller)).find((p) => p.org === org && p.recordId === recordId);
    if (!proposal) throw new AppError('NOT_FOUND', 'ไม่พบข้อเสนอนี้ (no such proposal)');
    const { patch } = proposal;
    const v = ProfileProposals.versions(
      await this.published([proposal.province]),
      proposal.province,
      patch.profileId,
    );
    const national = caller.role === 'admin';
    const newest = Math.max(
      v.national?.profile.version ?? 0,
      v.copy?.profile.version ?? 0,
      v.bundled?.version ?? 0,
      national ? await this.newestProvinceCopy(patch.profileId) : 0,
    );
    const base = national ? v.nationalEffective : v.effective;
    const profile = SiteProfile.parse({ ...applyTeachPatch(base, patch), version: newest + 1 });
    const store = new SyncStore(this.db, this.now);
    const idempotencyKey = `approve-${randomUUID()}`;
    const res = national
      ? await store.push(caller, {
          idempotencyKey,
          changes: [
            { collection: 'profiles', id: patch.profileId, baseRev: v.national?.rev ?? 0, data: profile },
          ],
        })
      : // Written as the supervisor's own push: the sync scope checks that the province stream is his.
        await store.push(caller, {
          idempotencyKey,
          province: proposal.province,
          changes: [
            {
              collection: 'province-profiles',
              id: patch.profileId,
              baseRev: v.copy?.rev ?? 0,
              data: profile,
            },
          ],
        });
    if (res.applied.length !== 1)
      throw new AppError('BUSY', 'โปรไฟล์เพิ่งถูกแก้ไข กรุณาลองอีกครั้ง (profile changed meanwhile, try again)');
    return national
      ? { profile, publishedIn: 'national', province: null }
      : { profile, publishedIn: 'province', province: proposal.province };
  }

  /** The highest version of a profile any province published (0 when none did). */
  private async newestProvinceCopy(id: string): Promise<number> {
    const rows = await this.db
      .selectFrom('records')
      .select('data')
      .where('collection', '=', 'province-profiles')
      .where('record_id', '=', id)
      .where('deleted', '=', 0)
      .execute();
    return Math.max(
      0,
      ...rows.map((r) => SiteProfile.safeParse(JSON.parse(r.data ?? 'null')).data?.version ?? 0),
    );
  }
}
