import type { Kysely } from 'kysely';
import type { OrgSummary } from '../../../shared/protocol/province';
import type { DB } from '../db/schema';
import { type OrgRow, summarise } from './org-summary';

/**
 * Every อปท. of a scope (a province, one org, or the whole country) with its summary. Two queries run side by
 * side: the org list joined with the kept readiness reports and last activity, and the kept people counts — nothing
 * of `records` is read.
 */
export async function loadOrgs(
  db: Kysely<DB>,
  scope: { province: string | null; org?: string },
  today: Date,
): Promise<OrgSummary[]> {
  let orgs = db
    .selectFrom('orgs as o')
    .leftJoin('org_readiness as r', 'r.org_code', 'o.code')
    .leftJoin('org_activity as a', 'a.org_code', 'o.code')
    .select([
      'o.code',
      'o.name',
      'o.type',
      'o.province_code',
      'o.amphoe_code',
      'r.latest',
      'r.certified',
      'a.last_at',
    ]);
  let counts = db
    .selectFrom('people_counts as c')
    .select(['c.org_code', 'c.staff_type', 'c.n'])
    .where('c.n', '>', 0);
  if (scope.org) {
    orgs = orgs.where('o.code', '=', scope.org);
    counts = counts.where('c.org_code', '=', scope.org);
  }
  if (scope.province) {
    const province = scope.province;
    orgs = orgs.where('o.province_code', '=', province);
    counts = counts.where('c.org_code', 'in', (eb) =>
      eb.selectFrom('orgs').select('code').where('province_code', '=', province),
    );
  }
  const [orgRows, countRows] = await Promise.all([orgs.execute(), counts.execute()]);
  const recorded = new Map<string, Map<string, number>>();
  for (const c of countRows) {
    const byType = recorded.get(c.org_code) ?? new Map<string, number>();
    recorded.set(c.org_code, byType);
    byType.set(c.staff_type, Number(c.n));
  }
  return orgRows.map((o) =>
    summarise(
      { ...o, lastActivity: o.last_at, recorded: recorded.get(o.code) ?? new Map() } satisfies OrgRow,
      today,
    ),
  );
}

/** Every version of the readiness reports of a scope, oldest first (progress chart and drill-down history). */
export async function loadHistory(db: Kysely<DB>, scope: { province: string | null; org?: string }) {
  let q = db
    .selectFrom('readiness_history as h')
    .select([
      'h.org_code',
      'h.record_id',
      'h.generated_at',
      'h.people_total',
      'h.people_complete',
      'h.certified_at',
    ])
    .orderBy('h.generated_at');
  if (scope.org) q = q.where('h.org_code', '=', scope.org);
  if (scope.province) {
    const province = scope.province;
    q = q.where('h.org_code', 'in', (eb) =>
      eb.selectFrom('orgs').select('code').where('province_code', '=', province),
    );
  }
  return q.execute();
}

/** The latest readiness report of one อปท. as synced (JSON text), or null. */
export async function loadLatestReport(db: Kysely<DB>, org: string): Promise<string | null> {
  const row = await db
    .selectFrom('org_readiness')
    .select('latest')
    .where('org_code', '=', org)
    .executeTakeFirst();
  return row?.latest ?? null;
}

/** The register of one อปท. (live records only), for the spot-check. */
export async function loadPeople(db: Kysely<DB>, org: string): Promise<{ id: string; data: string }[]> {
  const rows = await db
    .selectFrom('records')
    .select(['record_id', 'data'])
    .where('org_code', '=', org)
    .where('collection', '=', 'people')
    .where('deleted', '=', 0)
    .execute();
  return rows.flatMap((r) => (r.data ? [{ id: r.record_id, data: r.data }] : []));
}
