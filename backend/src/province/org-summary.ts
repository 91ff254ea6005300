import type { OrgStatus, OrgSummary } from '../../../shared/protocol/province';
import type { ReadinessReport } from '../../../shared/readiness/readiness-report';

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

/** The parts of a readiness report the list shows. */
export interface ReportFacts {
  generatedAt: string;
  rulesVersion: string;
  planned: Map<string, number | null>;
  findings: Record<string, number>;
  peopleTotal: number;
  peopleComplete: number;
  deadline: string | null;
  lpaScore: 0 | 5;
  certifiedAt: string | null;
  certifiedAnyway: boolean;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * Reads what the list needs from a stored report without the full schema: the national list reads 7,850 of them per
 * request, and a zod parse of each costs more than the whole database work. Missing or wrong fields read as unknown.
 */
export function reportFacts(json: string | null): ReportFacts | null {
  if (!json) return null;
  let r: Partial<Record<keyof ReadinessReport, unknown>>;
  try {
    r = JSON.parse(json) as typeof r;
  } catch {
    return null;
  }
  if (typeof r !== 'object' || r === null) return null;
  const planned = new Map<string, number | null>();
  if (Array.isArray(r.counts))
    for (const c of r.counts as { staffType?: unknown; planned?: unknown }[])
      if (typeof c?.staffType === 'string')
        planned.set(c.staffType, typeof c.planned === 'number' ? c.planned : null);
  const findings: Record<string, number> = {};
  if (r.findings && typeof r.findings === 'object')
    for (const [code, n] of Object.entries(r.findings)) if (int(n) > 0) findings[code] = int(n);
  const deadline = str(r.deadline);
  return {
    generatedAt: str(r.generatedAt) ?? '',
    rulesVersion: str(r.rulesVersion) ?? '',
    planned,
    findings,
    peopleTotal: int(r.peopleTotal),
    peopleComplete: int(r.peopleComplete),
    deadline: deadline && /^\d{4}-\d{2}-\d{2}/.test(deadline) ? deadline.slice(0, 10) : null,
    lpaScore: r.lpaScore === 5 ? 5 : 0,
    certifiedAt: str(r.certifiedAt),
    certifiedAnyway: r.certifiedAnyway === true,
  };
}

/** Whole days from `today` to an ISO date (CE); negative once passed. */
export function daysUntil(deadline: string, today: Date): number {
  const end = Date.parse(`${deadline.slice(0, 10)}T00:00:00Z`);
  const start = Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((end - start) / DAY_MS);
}

// The facts of the last report seen per อปท. (two entries each, bounded by the registry): most reports do not change
// between two views of the national list, and comparing the text is far cheaper than parsing it again.
const FACTS = new Map<string, { json: string; facts: ReportFacts | null }>();

function cachedFacts(key: string, json: string | null): ReportFacts | null {
  if (!json) return null;
  const hit = FACTS.get(key);
  if (hit && hit.json === json) return hit.facts;
  const facts = reportFacts(json);
  if (FACTS.size > 50_000) FACTS.clear();
  FACTS.set(key, { json, facts });
  return facts;
}

export function summarise(row: OrgRow, today: Date): OrgSummary {
  const latest = cachedFacts(`${row.code}:latest`, row.latest);
  const certified = cachedFacts(`${row.code}:certified`, row.certified);
  const planned = latest?.planned ?? new Map<string, number | null>();
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
  const openItems = latest?.findings ?? {};
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
