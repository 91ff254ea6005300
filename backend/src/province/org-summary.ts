import type { OrgStatus, OrgSummary } from '../../../shared/protocol/province';
import { ReadinessReport } from '../../../shared/readiness/readiness-report';

/** What the queries bring for one อปท.; everything else is derived here. */
export interface OrgRow {
  code: string;
  name: string;
  type: string;
  province_code: string;
  amphoe_code: string;
  latest: string | null;
  certified: string | null;
  lastActivity: string | null;
  recorded: Map<string, number>;
}

/** Within this many days of the deadline, an อปท. not yet complete counts as behind. */
export const WARN_DAYS = 15;
const DAY_MS = 86_400_000;

function report(json: string | null): ReadinessReport | null {
  if (!json) return null;
  const parsed = ReadinessReport.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** Whole days from `today` to an ISO date (CE); negative once passed. */
export function daysUntil(deadline: string, today: Date): number {
  const end = Date.parse(`${deadline.slice(0, 10)}T00:00:00Z`);
  const start = Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((end - start) / DAY_MS);
}

export function summarise(row: OrgRow, today: Date): OrgSummary {
  const latest = report(row.latest);
  const certified = report(row.certified);
  const planned = new Map(latest?.counts.map((c) => [c.staffType as string, c.planned]) ?? []);
  const types = [...new Set([...row.recorded.keys(), ...planned.keys()])].sort();
  const counts = types.map((staffType) => ({
    staffType,
    recorded: row.recorded.get(staffType) ?? 0,
    planned: planned.get(staffType) ?? null,
  }));
  const deadline = latest?.deadline ?? certified?.deadline ?? null;
  const daysLeft = deadline ? daysUntil(deadline, today) : null;
  const completeness = latest && latest.peopleTotal > 0 ? latest.peopleComplete / latest.peopleTotal : null;
  const certifiedAt = certified?.certifiedAt ?? null;
  const onTime =
    certifiedAt !== null &&
    !certified?.certifiedAnyway &&
    (!deadline || certifiedAt.slice(0, 10) <= deadline);
  let lpaProjection: 0 | 5 | null = null;
  if (onTime) lpaProjection = 5;
  else if (latest) lpaProjection = daysLeft !== null && daysLeft < 0 ? 0 : latest.lpaScore;
  let status: OrgStatus;
  if (certifiedAt) status = 'certified';
  else if (!latest) status = 'no-report';
  else if (daysLeft !== null && (daysLeft < 0 || (daysLeft <= WARN_DAYS && (completeness ?? 0) < 1)))
    status = 'behind';
  else status = 'on-track';
  const openItems = Object.fromEntries(
    Object.entries(latest?.findings ?? {}).filter(([, n]) => (n ?? 0) > 0),
  ) as Record<string, number>;
  return {
    code: row.code,
    name: row.name,
    type: row.type,
    provinceCode: row.province_code,
    amphoeCode: row.amphoe_code,
    lastActivity: row.lastActivity,
    counts,
    peopleTotal: counts.reduce((sum, c) => sum + c.recorded, 0),
    completeness,
    openItems,
    reportAt: latest?.generatedAt ?? null,
    certifiedAt,
    certifiedRules: certified?.rulesVersion ?? null,
    certifiedAnyway: certified?.certifiedAnyway ?? false,
    deadline,
    daysLeft,
    lpaProjection,
    status,
  };
}
