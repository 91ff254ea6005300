import { readinessActions } from '../readiness/readiness-actions';
import type { Feature } from './feature-manager';

/** The heading LHR shows over the certifications done (ระบบรับรองข้อมูล). */
export const HISTORY_HEADING = 'ประวัติการรับรองข้อมูล';

const STAMP = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** `20/07/2569 10:15:30` (BE, Thai time) → ISO instant; null for anything else. */
export function stampToIso(text: string): string | null {
  const m = STAMP.exec(text);
  if (!m) return null;
  const [, d, mo, y, h = '0', mi = '0', s = '0'] = m;
  const year = Number(y) - (Number(y) > 2400 ? 543 : 0);
  const utc = Date.UTC(year, Number(mo) - 1, Number(d), Number(h) - 7, Number(mi), Number(s));
  const date = new Date(utc);
  return Number.isNaN(utc) || date.getUTCFullYear() < 2000 ? null : date.toISOString();
}

/** The latest certification the history table shows, as an ISO time (null when it shows none). */
export function latestCertification(doc: Document): string | null {
  const heading = Array.from(doc.querySelectorAll('h1, h2, h3, h4, b, span, div, td')).find(
    (el) => el.children.length === 0 && el.textContent?.trim().startsWith(HISTORY_HEADING),
  );
  if (!heading) return null;
  // the first table after the heading in document order
  const table = Array.from(doc.querySelectorAll('table')).find(
    (t) => heading.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  let latest: string | null = null;
  for (const row of Array.from(table?.rows ?? [])) {
    for (const cell of Array.from(row.cells)) {
      const at = stampToIso(cell.textContent ?? '');
      if (at && (latest === null || at > latest)) latest = at;
    }
  }
  return latest;
}

/**
 * When the site shows that "รับรองระดับ อปท." happened, the background records the checklist as it stood then
 * (the frozen `certified-<time>` copy, once per certification, with whether the officer certified anyway).
 */
export const certifiedFeature: Feature = {
  id: 'certified',
  include: (session) => session.doc.body?.textContent?.includes(HISTORY_HEADING) ?? false,
  async init(session) {
    const at = latestCertification(session.doc);
    if (at) await readinessActions.certified(at);
  },
};
