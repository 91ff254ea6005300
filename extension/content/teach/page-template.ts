import type { TeachPatch } from '../../../shared/profile/teach-patch';
import type { AssistSession } from '../assist-session';
import { normalizeLabel } from '../detect/normalize-label';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'page';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Which profile page a taught change goes to: the profile page the page matched, or — on a page no profile knows —
 * a new page of this site's `taught-…` profile, keyed by the exact path and fingerprinted by the page's first
 * heading (or the taught control's label), so it stops applying when the page is redesigned.
 */
export function patchTarget(
  session: AssistSession,
  fallbackLabel: string,
): Omit<TeachPatch, 'change' | 'taughtAt'> {
  const { location } = session.doc;
  const origin = location.origin;
  const matched = session.profileInUse?.split('@')[0];
  if (session.page && matched) {
    const { id, path, titleTh, fingerprint } = session.page;
    return { profileId: matched, origin, page: { id, path, titleTh, fingerprint } };
  }
  const heading = session.doc.querySelector('h1, h2, h3, legend, caption');
  const anchor = normalizeLabel(heading?.textContent ?? '') || normalizeLabel(fallbackLabel) || 'form';
  return {
    profileId: `taught-${slug(location.host)}`,
    origin,
    page: {
      id: slug(location.pathname),
      path: `^${escapeRegex(location.pathname)}$`,
      titleTh: (session.doc.title || anchor).slice(0, 200),
      fingerprint: { labelsPresent: [anchor.slice(0, 200)] },
    },
  };
}
