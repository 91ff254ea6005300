import browser from 'webextension-polyfill';
import type { SiteProfile } from '../../shared/profile/site-profile';
import type { RuntimeReply } from '../../shared/protocol/runtime';

// Kept apart from load-profiles.ts: the detection tools load that one in plain pages, where there is no extension API.
/**
 * The site profiles (the bundled ones merged with those the background pulled from the backend, checked there, with
 * the officer's own taught patches over them); none when the background cannot be reached.
 */
export async function syncedProfiles(): Promise<SiteProfile[]> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'profiles.get' })) as RuntimeReply;
    return 'profiles' in reply ? reply.profiles : [];
  } catch {
    return [];
  }
}
