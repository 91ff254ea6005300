import type { OrgListQuery, OrgStatus, OrgSummary } from '../../../shared/protocol/province';

const STATUS_ORDER: Record<OrgStatus, number> = { 'no-report': 0, behind: 1, 'on-track': 2, certified: 3 };

function sortValue(o: OrgSummary, key: OrgListQuery['sort']): string | number | null {
  switch (key) {
    case 'name':
      return o.name;
    case 'type':
      return o.type;
    case 'amphoe':
      return o.amphoeCode;
    case 'activity':
      return o.lastActivity;
    case 'completeness':
      return o.completeness;
    case 'daysLeft':
      return o.daysLeft;
    case 'status':
      return STATUS_ORDER[o.status];
    default:
      return o.code;
  }
}

/** Filters, sorts (unknown values last in either direction, ties by code) and pages the list. */
export function selectOrgs(all: OrgSummary[], q: OrgListQuery): { total: number; orgs: OrgSummary[] } {
  const needle = q.q?.trim().toLowerCase();
  const kept = all.filter(
    (o) =>
      (!q.amphoe || o.amphoeCode === q.amphoe) &&
      (!q.type || o.type === q.type) &&
      (!q.status || o.status === q.status) &&
      (!needle || o.name.toLowerCase().includes(needle) || o.code.includes(needle)),
  );
  const sign = q.dir === 'desc' ? -1 : 1;
  const collator = new Intl.Collator('th');
  kept.sort((a, b) => {
    const x = sortValue(a, q.sort);
    const y = sortValue(b, q.sort);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return sign * (typeof x === 'string' ? collator.compare(x, String(y)) : x - (y as number));
    }
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
  return { total: kept.length, orgs: kept.slice(q.offset, q.offset + q.limit) };
}
