import type { Locator, ProfilePage, SiteProfile } from '../../../shared/profile/site-profile';
import type { FormControl } from './detected-field';
import { labelEvidence } from './label-evidence';
import { normalizeLabel } from './normalize-label';

/** `http://127.0.0.1:*` matches any port of that host; other patterns match the origin exactly. */
function originMatches(pattern: string, url: URL): boolean {
  if (pattern.endsWith(':*')) return `${url.protocol}//${url.hostname}` === pattern.slice(0, -2);
  return pattern === url.origin;
}

export interface ProfileMatch {
  profile: SiteProfile;
  page: ProfilePage;
}

/** The profile page for this URL whose fingerprint labels are all on the page; null when none applies. */
export function findProfilePage(
  doc: Document,
  url: URL,
  profiles: readonly SiteProfile[],
): ProfileMatch | null {
  let pageText: string | null = null;
  for (const profile of profiles) {
    if (!profile.origins.some((o) => originMatches(o, url))) continue;
    for (const page of profile.pages) {
      if (!new RegExp(page.path).test(url.pathname)) continue;
      // A missing fingerprint label means the page was redesigned: the stale profile is not used at all.
      pageText ??= normalizeLabel(doc.body?.textContent ?? '');
      const text = pageText;
      if (page.fingerprint.labelsPresent.every((l) => text.includes(normalizeLabel(l))))
        return { profile, page };
    }
  }
  return null;
}

/** Elements a locator points at (several only for a radio group sharing one name). */
export function resolveLocator(locator: Locator, controls: readonly FormControl[]): FormControl[] {
  if ('id' in locator) return controls.filter((c) => c.id === locator.id);
  if ('name' in locator) {
    const n = locator.name;
    return controls.filter((c) => {
      const name = c.getAttribute('name') ?? '';
      return name === n || name.endsWith(`$${n}`);
    });
  }
  if ('css' in locator) return controls.filter((c) => c.matches(locator.css));
  const wanted = normalizeLabel(locator.label);
  return controls.filter((c) =>
    labelEvidence(c).some((e) => e.source !== 'name' && normalizeLabel(e.text) === wanted),
  );
}

export interface StalePage {
  profile: SiteProfile;
  page: ProfilePage;
  labelsMissing: number;
}

/**
 * Profile pages whose origin and path match this page but whose fingerprint does not (the site changed under the
 * profile): reported to the admin as ids and counts. Empty when a page of the same address matches.
 */
export function staleProfilePages(doc: Document, url: URL, profiles: readonly SiteProfile[]): StalePage[] {
  if (findProfilePage(doc, url, profiles)) return [];
  const text = normalizeLabel(doc.body?.textContent ?? '');
  const out: StalePage[] = [];
  for (const profile of profiles) {
    if (!profile.origins.some((o) => originMatches(o, url))) continue;
    for (const page of profile.pages) {
      if (!new RegExp(page.path).test(url.pathname)) continue;
      const labelsMissing = page.fingerprint.labelsPresent.filter(
        (l) => !text.includes(normalizeLabel(l)),
      ).length;
      out.push({ profile, page, labelsMissing });
    }
  }
  return out;
}
