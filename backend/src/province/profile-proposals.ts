import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { bundledProfiles } from '../../../extension/profiles/load-profiles';
import { AppError } from '../../../shared/errors';
import { applyTeachPatch, profileHasPatch } from '../../../shared/profile/apply-teach';
import { ProfileHealth } from '../../../shared/profile/profile-health';
import { SiteProfile } from '../../../shared/profile/site-profile';
import { TeachPatch } from '../../../shared/profile/teach-patch';
import type { Caller } from '../auth/tokens';
import type { DB } from '../db/schema';
import { NATIONAL } from '../sync/scope';
import { SyncStore } from '../sync/sync-store';
import { provinceScope } from './province-scope';

export interface ProposalRow {
  org: string;
  orgName: string;
  recordId: string;
  rev: number;
  patch: TeachPatch;
  /** the published profile already says this (approved) */
  applied: boolean;
}

export interface HealthRow {
  org: string;
  orgName: string;
  report: ProfileHealth;
}

/**
 * Teach-mode proposals and stale-profile reports for the dashboard (docs/province.md). A supervisor sees those of
 * his province's อปท., an admin all. Approving publishes the patched profile as a new version of the national
 * `profiles` record, so it reaches every officer with the next sync (see the doc for why not a province scope).
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
      .select(['records.org_code', 'orgs.name', 'records.record_id', 'records.rev', 'records.data'])
      .where('records.collection', '=', collection)
      .where('records.deleted', '=', 0)
      .orderBy('records.updated_at', 'desc')
      .limit(500);
    if (scope !== null) query = query.where('orgs.province_code', '=', scope);
    return query.execute();
  }

  private async published(): Promise<Map<string, { rev: number; profile: SiteProfile }>> {
    const rows = await this.db
      .selectFrom('records')
      .select(['record_id', 'rev', 'data'])
      .where('org_code', '=', NATIONAL)
      .where('collection', '=', 'profiles')
      .where('deleted', '=', 0)
      .execute();
    const out = new Map<string, { rev: number; profile: SiteProfile }>();
    for (const r of rows) {
      const parsed = SiteProfile.safeParse(JSON.parse(r.data ?? 'null'));
      if (parsed.success) out.set(r.record_id, { rev: r.rev, profile: parsed.data });
    }
    return out;
  }

  async list(caller: Caller): Promise<ProposalRow[]> {
    const [rows, published] = await Promise.all([this.rows(caller, 'profile-proposals'), this.published()]);
    return rows.flatMap((r) => {
      const parsed = TeachPatch.safeParse(JSON.parse(r.data ?? 'null'));
      if (!parsed.success) return [];
      const current = published.get(parsed.data.profileId)?.profile;
      return [
        {
          org: r.org_code,
          orgName: r.name,
          recordId: r.record_id,
          rev: r.rev,
          patch: parsed.data,
          applied: profileHasPatch(current, parsed.data),
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
   * Publishes one proposal (it must be in the caller's scope): applied to the national record of its profile, or to
   * the profile bundled with this release when none was published yet, as version + 1.
   */
  async approve(caller: Caller, org: string, recordId: string): Promise<SiteProfile> {
    const proposal = (await this.list(caller)).find((p) => p.org === org && p.recordId === recordId);
    if (!proposal) throw new AppError('NOT_FOUND', 'ไม่พบข้อเสนอนี้ (no such proposal)');
    const { patch } = proposal;
    const current = (await this.published()).get(patch.profileId);
    const bundled = bundledProfiles().find((p) => p.id === patch.profileId);
    const base = current?.profile ?? bundled;
    const version = Math.max(current?.profile.version ?? 0, bundled?.version ?? 0) + 1;
    const profile = SiteProfile.parse({ ...applyTeachPatch(base, patch), version });
    // Written like an admin's push (same sequence, same checks), on behalf of the approver.
    const publisher: Caller = { ...caller, role: 'admin', orgCode: null, provinceCode: null };
    const res = await new SyncStore(this.db, this.now).push(publisher, {
      idempotencyKey: `approve-${randomUUID()}`,
      changes: [{ collection: 'profiles', id: patch.profileId, baseRev: current?.rev ?? 0, data: profile }],
    });
    if (res.applied.length !== 1)
      throw new AppError('BUSY', 'โปรไฟล์เพิ่งถูกแก้ไข กรุณาลองอีกครั้ง (profile changed meanwhile, try again)');
    return profile;
  }
}
