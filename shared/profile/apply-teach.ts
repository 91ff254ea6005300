// Types only: the content script applies taught patches and must not carry zod.
import type { Locator, ProfilePage, SiteProfile } from './site-profile';
import type { TeachPatch } from './teach-patch';

const sameLocator = (a: Locator, b: Locator) => JSON.stringify(a) === JSON.stringify(b);

/** One patch applied to one page: whatever the page said about that locator before is replaced. */
function patchPage(page: ProfilePage, patch: TeachPatch): ProfilePage {
  const { change } = patch;
  const at = change.locator;
  const next: ProfilePage = {
    ...page,
    fields: page.fields.filter((f) => !sameLocator(f.locator, at)),
    mustNotFill: page.mustNotFill.filter((l) => !sameLocator(l, at)),
    guardedActions: page.guardedActions.filter((l) => !sameLocator(l, at)),
  };
  if (change.kind === 'field')
    next.fields.push({ type: change.type, scope: change.scope, locator: at, required: false });
  else if (change.kind === 'mustNotFill') next.mustNotFill.push(at);
  else next.guardedActions.push(at);
  return next;
}

/** A profile with the patch applied (created, or given the page, when missing). The version is left as it is. */
export function applyTeachPatch(profile: SiteProfile | undefined, patch: TeachPatch): SiteProfile {
  const base: SiteProfile = profile ?? {
    schemaVersion: 1,
    id: patch.profileId,
    version: 1,
    origins: [patch.origin],
    pages: [],
  };
  const existing = base.pages.find((p) => p.id === patch.page.id);
  const page: ProfilePage = existing ?? {
    ...patch.page,
    fields: [],
    mustNotFill: [],
    guardedActions: [],
  };
  const patched = patchPage(page, patch);
  const pages = existing
    ? base.pages.map((p) => (p.id === patch.page.id ? patched : p))
    : [...base.pages, patched];
  // An existing profile keeps its origins: an officer's patch never widens where a profile applies.
  return { ...base, pages };
}

/**
 * The officer's own taught patches over the bundled and synced profiles (local, applied at once, before any
 * supervisor approved them). Later patches win over earlier ones for the same control.
 */
export function applyTeachPatches(
  profiles: readonly SiteProfile[],
  patches: readonly TeachPatch[],
): SiteProfile[] {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  for (const patch of [...patches].sort((a, b) => a.taughtAt.localeCompare(b.taughtAt)))
    byId.set(patch.profileId, applyTeachPatch(byId.get(patch.profileId), patch));
  return [...byId.values()];
}

/** Whether a profile already says what the patch says (an approved proposal reached it). */
export function profileHasPatch(profile: SiteProfile | undefined, patch: TeachPatch): boolean {
  const page = profile?.pages.find((p) => p.id === patch.page.id);
  if (!page) return false;
  const { change } = patch;
  if (change.kind === 'mustNotFill') return page.mustNotFill.some((l) => sameLocator(l, change.locator));
  if (change.kind === 'guard') return page.guardedActions.some((l) => sameLocator(l, change.locator));
  return page.fields.some(
    (f) => sameLocator(f.locator, change.locator) && f.type === change.type && f.scope === change.scope,
  );
}
