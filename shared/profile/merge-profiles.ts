// Types only: the content script merges profiles and must not carry zod.
import type { SiteProfile } from './site-profile';

/**
 * The profiles to use: the ones shipped with the extension, replaced by any newer version of the same profile from
 * the backend, plus profiles only the backend has. An older synced version never replaces a newer bundled one.
 */
export function mergeProfiles(
  bundled: readonly SiteProfile[],
  synced: readonly SiteProfile[],
): SiteProfile[] {
  const byId = new Map<string, SiteProfile>();
  for (const profile of [...bundled, ...synced]) {
    const current = byId.get(profile.id);
    if (!current || profile.version > current.version) byId.set(profile.id, profile);
  }
  return [...byId.values()];
}

/**
 * The synced profiles an officer's browser uses: the national ones, each replaced by his province's copy of the same
 * profile when that copy is as new or newer (a supervisor's approval, teach mode), plus profiles only the province
 * has. A national version newer than the province's copy (an admin's later approval, numbered above every province's)
 * wins. The officer's own taught patches are applied over the result, in the page (applyTeachPatches).
 */
export function overlayProvince(
  national: readonly SiteProfile[],
  province: readonly SiteProfile[],
): SiteProfile[] {
  const byId = new Map(national.map((p) => [p.id, p]));
  for (const profile of province) {
    const current = byId.get(profile.id);
    if (!current || profile.version >= current.version) byId.set(profile.id, profile);
  }
  return [...byId.values()];
}
