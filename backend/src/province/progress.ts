import { type Kysely, sql } from 'kysely';
import type { ProgressResponse } from '../../../shared/protocol/province';
import type { DB } from '../db/schema';

const DAY_MS = 86_400_000;
/** The chart shows at most this many days back from today. */
export const PROGRESS_DAYS = 120;

export interface DayDelta {
  day: string;
  /** change of people recorded / complete that day, summed over the อปท. (each one's report against its previous) */
  dt: number;
  dc: number;
}

/**
 * The day-by-day changes of a scope, summed in the database: each version of a `latest` report minus the version
 * before it of the same อปท. (a window function), grouped by day — a few hundred rows for the whole country instead
 * of every report version. And the first day each อปท. had certified.
 */
export async function loadProgress(db: Kysely<DB>, province: string | null) {
  const inScope = province
    ? sql`AND org_code IN (SELECT code FROM orgs WHERE province_code = ${province})`
    : sql``;
  const [deltas, certified] = await Promise.all([
    sql<DayDelta>`
      SELECT substr(generated_at, 1, 10) AS day, SUM(dt) AS dt, SUM(dc) AS dc FROM (
        SELECT generated_at,
          people_total - COALESCE(LAG(people_total) OVER w, 0) AS dt,
          people_complete - COALESCE(LAG(people_complete) OVER w, 0) AS dc
        FROM readiness_history WHERE record_id = 'latest' ${inScope}
        WINDOW w AS (PARTITION BY org_code ORDER BY generated_at, rev)
      ) x GROUP BY substr(generated_at, 1, 10) ORDER BY 1`.execute(db),
    sql<{ day: string; n: number }>`
      SELECT day, COUNT(*) AS n FROM (
        SELECT substr(MIN(certified_at), 1, 10) AS day FROM readiness_history
        WHERE certified_at IS NOT NULL ${inScope} GROUP BY org_code
      ) c GROUP BY day ORDER BY day`.execute(db),
  ]);
  return { deltas: deltas.rows, certified: certified.rows };
}

/** Running totals by day for the chart: people recorded and complete, and how many อปท. had certified by then. */
export function progressByDay(
  deltas: DayDelta[],
  certified: { day: string; n: number }[],
  today: Date,
): ProgressResponse {
  if (deltas.length === 0 && certified.length === 0) return { days: [] };
  const end = Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const firstDay = [deltas[0]?.day, certified[0]?.day].filter(Boolean).sort()[0] ?? '';
  const first = Date.parse(`${firstDay}T00:00:00Z`);
  const start = Math.max(Number.isNaN(first) ? end : first, end - (PROGRESS_DAYS - 1) * DAY_MS);
  let total = 0;
  let complete = 0;
  let orgs = 0;
  let i = 0;
  let j = 0;
  const days: ProgressResponse['days'] = [];
  for (let day = start; day <= end; day += DAY_MS) {
    const key = new Date(day).toISOString().slice(0, 10);
    for (; i < deltas.length && (deltas[i] as DayDelta).day <= key; i++) {
      total += Number((deltas[i] as DayDelta).dt);
      complete += Number((deltas[i] as DayDelta).dc);
    }
    for (; j < certified.length && (certified[j] as { day: string }).day <= key; j++)
      orgs += Number((certified[j] as { n: number }).n);
    days.push({ day: key, peopleTotal: total, peopleComplete: complete, certifiedOrgs: orgs });
  }
  return { days };
}
