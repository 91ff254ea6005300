import browser from 'webextension-polyfill';
import { staleProfilePages } from '../detect/resolve-profile';
import type { Feature } from './feature-manager';

/**
 * Reports a profile page whose address matches but whose fingerprint no longer does (the site was changed): profile
 * id, version, page id and label counts — never page text or values. The background sends each one once.
 */
export const profileHealthFeature: Feature = {
  id: 'profile-health',
  include: (session) =>
    staleProfilePages(session.doc, new URL(session.doc.location.href), session.profiles).length > 0,
  async init(session) {
    const stale = staleProfilePages(session.doc, new URL(session.doc.location.href), session.profiles);
    for (const { profile, page, labelsMissing } of stale) {
      await browser.runtime.sendMessage({
        type: 'profiles.stale',
        report: {
          profileId: profile.id,
          profileVersion: profile.version,
          pageId: page.id,
          labelsMissing,
          labelsTotal: page.fingerprint.labelsPresent.length,
          seenAt: new Date().toISOString(),
        },
      });
    }
  },
};
