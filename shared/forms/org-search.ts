import { thaiToAsciiDigits } from '../thai/digits';
import { ORG_TYPES } from '../thai/org-code';

/** One row of the DLA org registry (synced nationally; the admin CLI imports it). */
export interface OrgEntry {
  code: string;
  name: string;
  amphoe: string;
  province: string;
}

/** Short and long type names are the same word for the search: "อบต.บ้านใหม่" finds "องค์การบริหารส่วนตำบลบ้านใหม่". */
const TYPE_WORDS: [RegExp, string][] = Object.values(ORG_TYPES).flatMap((t) => [
  [new RegExp(t.short.replace('.', '\\.?'), 'g'), `${t.id} `] as [RegExp, string],
  [new RegExp(t.th, 'g'), `${t.id} `] as [RegExp, string],
]);

export function normalizeOrgText(text: string): string {
  let t = thaiToAsciiDigits(text).toLowerCase();
  for (const [re, id] of TYPE_WORDS) t = t.replace(re, id);
  return t
    .replace(/^อ\.\s*|อำเภอ|^จ\.\s*|จังหวัด/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}-]+/gu, ' ')
    .trim();
}

/**
 * Thai type-ahead over the org registry: every word typed must occur in the org's name, type, amphoe or province
 * (or be a prefix of the code). Own-province results first, then by name.
 */
export function searchOrgs<T extends OrgEntry>(
  orgs: readonly T[],
  query: string,
  limit = 10,
  ownProvince = '',
): T[] {
  const words = normalizeOrgText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits = orgs.filter((o) => {
    // Thai writes a name without spaces, so a typed word may sit inside a name word ("ใหม่" in "บ้านใหม่")
    const hay = normalizeOrgText(`${o.name} ${o.amphoe} ${o.province}`);
    return words.every((w) => o.code.startsWith(w) || hay.includes(w));
  });
  hits.sort(
    (a, b) =>
      Number(b.province === ownProvince) - Number(a.province === ownProvince) ||
      a.name.localeCompare(b.name, 'th'),
  );
  return hits.slice(0, limit);
}
