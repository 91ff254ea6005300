import browser from 'webextension-polyfill';
import type { AssistSession } from '../assist-session';
import { collectDraftFields } from '../drafts/draft-fields';
import { isDraftPage } from '../drafts/draft-page';
import { pageCitizenId } from '../register/page-subject';
import type { Feature } from './feature-manager';

/** The record key of the last draft saved per session: a "new" draft is dropped once the ID is complete. */
const lastRecordKey = new WeakMap<AssistSession, string>();

/** Saves what the officer typed as a draft of this form (encrypted in the extension, synced when possible). */
export async function saveDraft(session: AssistSession): Promise<void> {
  const detected = session.redetect();
  const fields = collectDraftFields(detected);
  if (fields.length === 0) return;
  // Whose form it is: the citizen-ID fields, or the person banner of a history page.
  const recordKey = pageCitizenId(session) ?? 'new';
  if (lastRecordKey.get(session) === 'new' && recordKey !== 'new') {
    await browser.runtime.sendMessage({
      type: 'draft.delete',
      id: `${session.doc.location.origin}|${session.formId}|new`,
    });
  }
  lastRecordKey.set(session, recordKey);
  const draft = {
    site: session.doc.location.origin,
    form: session.formId,
    recordKey,
    title: session.page?.titleTh ?? session.doc.title.slice(0, 200),
    fields,
    savedAt: new Date().toISOString(),
  };
  await browser.runtime.sendMessage({ type: 'draft.save', draft });
}

/**
 * Autosave: what the officer types is kept as a draft 800 ms after the last keystroke. On every page with a form to
 * fill: the card holder's fields, a profile page's fields, a history page's add-row form. Offering the drafts back
 * (draft-offer.ts, with its panel) is a feature script of its own, and so is this autosave (feature-drafts.ts, loaded on
 * every such page right after detection): the content script's size budget. What was typed before it loads is not
 * lost: each save collects every box's value as it stands.
 */
export const draftsFeature: Feature = {
  id: 'drafts',
  include: isDraftPage,
  init(session, signal) {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const autosave = (event: Event) => {
      // Only the officer's own typing: events a page script (or anything else) dispatches are not trusted.
      if (!event.isTrusted) return;
      // Typing into the overlay (search box) is not part of the page's form.
      if (event.target instanceof Element && event.target.closest('lhr-assist-overlay')) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void saveDraft(session), 800);
    };
    session.doc.addEventListener('input', autosave, { capture: true, signal });
    session.doc.addEventListener('change', autosave, { capture: true, signal });
    // Submitting within the 800 ms (or the site's session having timed out, so the post lands on its login page):
    // what was typed is saved now, and offered again when the officer is back on the form after logging in.
    const flush = () => {
      if (!timer) return;
      clearTimeout(timer);
      timer = null;
      void saveDraft(session);
    };
    session.doc.addEventListener('submit', flush, { capture: true, signal });
    session.doc.defaultView?.addEventListener('pagehide', flush, { signal });
    signal.addEventListener('abort', () => {
      if (timer) clearTimeout(timer);
    });
  },
};
