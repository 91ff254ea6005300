import type { ProgressResponse } from '../../../shared/protocol/province';
import type { HistoryRow } from './province-queries';

const DAY_MS = 86_400_000;
/** The chart shows at most this many days back from today. */
export const PROGRESS_DAYS = 120;

/**
 * Progress of a scope by day: the sum over its อปท. of each one's newest report that day (people recorded and
 * complete), and how many อปท. had certified by then. Rows must be ordered by `generated_at`.
 */
export function progressByDay(rows: HistoryRow[], today: Date): ProgressResponse {
  if (rows.length === 0) return { days: [] };
  const end = Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const first = Date.parse(`${(rows[0]?.generated_at ?? '').slice(0, 10)}T00:00:00Z`);
  const start = Math.max(Number.isNaN(first) ? end : first, end - (PROGRESS_DAYS - 1) * DAY_MS);
  const latest = new Map<string, { total: number; complete: number }>();
  const certified = new Set<string>();
  let total = 0;
  let complete = 0;
  let i = 0;
  const days: ProgressResponse['days'] = [];
  for (let day = start; day <= end; day += DAY_MS) {
    const dayEnd = new Date(day + DAY_MS).toISOString();
    for (; i < rows.length && (rows[i]?.generated_at ?? '') < dayEnd; i++) {
      const row = rows[i] as HistoryRow;
      if (row.certified_at) certified.add(row.org_code);
      // Frozen certified copies mark certification; the running figures follow the `latest` report.
      if (row.record_id !== 'latest') continue;
      const before = latest.get(row.org_code);
      total += row.people_total - (before?.total ?? 0);
      complete += row.people_complete - (before?.complete ?? 0);
      latest.set(row.org_code, { total: row.people_total, complete: row.people_complete });
    }
    days.push({
      day: new Date(day).toISOString().slice(0, 10),
      peopleTotal: total,
      peopleComplete: complete,
      certifiedOrgs: certified.size,
    });
  }
  return { days };
}
