import type { SiteProfile } from '../../shared/profile/site-profile';
import practiceForms from './practice-forms.json';
import practiceLhr from './practice-lhr.json';

/**
 * Profiles shipped with the extension. They are validated by load-profiles.test.ts (parsing them changes nothing),
 * so the content script can use them without carrying zod; profiles from the backend are parsed in the background.
 */
export function bundledProfiles(): SiteProfile[] {
  return [practiceLhr as SiteProfile, practiceForms as SiteProfile];
}
