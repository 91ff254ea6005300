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
