import browser from 'webextension-polyfill';
import type { SiteProfile } from '../../shared/profile/site-profile';
import type { TeachPatch } from '../../shared/profile/teach-patch';
import type { RuntimeReply } from '../../shared/protocol/runtime';

// Kept apart from load-profiles.ts: the detection tools load that one in plain pages, where there is no extension API.
/**
 * The site profiles (the bundled ones merged with those the background pulled from the backend, checked there) and
 * the officer's own taught patches (teach mode); none when the background cannot be reached.
 */
export async function syncedProfiles(): Promise<{ profiles: SiteProfile[]; taught: TeachPatch[] }> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'profiles.get' })) as RuntimeReply;
    return 'profiles' in reply ? { profiles: reply.profiles, taught: reply.taught ?? [] } : NONE;
  } catch {
    return NONE;
  }
}

const NONE = { profiles: [], taught: [] };
