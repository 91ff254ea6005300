import browser from 'webextension-polyfill';
import type { SiteProfile } from '../../shared/profile/site-profile';
import type { RuntimeReply } from '../../shared/protocol/runtime';
import practiceLhr from './practice-lhr.json';

/**
 * Profiles shipped with the extension. They are validated by load-profiles.test.ts (parsing them changes nothing),
 * so the content script can use them without carrying zod; profiles from the backend are parsed in the background.
 */
export function bundledProfiles(): SiteProfile[] {
  return [practiceLhr as SiteProfile];
}

/** Profiles the background pulled from the backend (already checked against the schema there); none when offline. */
export async function syncedProfiles(): Promise<SiteProfile[]> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'profiles.get' })) as RuntimeReply;
    return 'profiles' in reply ? reply.profiles : [];
  } catch {
    return [];
  }
}
