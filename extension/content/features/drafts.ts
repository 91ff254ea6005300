import browser from 'webextension-polyfill';
import type { DraftSummary, RuntimeReply } from '../../../shared/protocol/runtime';
import type { AssistSession } from '../assist-session';
import { collectDraftFields } from '../drafts/draft-fields';
import { restoreDraft as putBack } from '../drafts/restore-draft';
import { rowsNotOnPage, tableRows, textToValue } from '../register/history-table';
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

export async function restoreDraft(
  session: AssistSession,
  summary: DraftSummary,
  version: 'mine' | 'theirs' = 'mine',
): Promise<void> {
  const chosen = version === 'theirs' && summary.conflict ? summary.conflict : summary.draft;
  if (summary.conflict)
    await browser.runtime.sendMessage({ type: 'draft.resolve', id: summary.id, choice: version });
  const result = await putBack(session.doc, chosen.fields);
  session.set({ drafts: [], draftRestored: { restored: result.restored, missing: result.missing.length } });
  session.pageEdited();
}

export async function discardDraft(session: AssistSession, summary: DraftSummary): Promise<void> {
  await browser.runtime.sendMessage({ type: 'draft.delete', id: summary.id });
  session.set({ drafts: session.state.drafts.filter((d) => d.id !== summary.id) });
}

/** On a history page, a draft whose row the saved-rows table now shows was saved: it is not offered again. */
function savedOnThisPage(session: AssistSession, summary: DraftSummary): boolean {
  const history = session.page?.history;
  if (!history || summary.conflict) return false;
  const row: Record<string, unknown> = {};
  for (const column of history.columns) {
    const control = column.control;
    if (!control || !('name' in control)) continue;
    const typed = summary.draft.fields.find(
      (f) => f.key === control.name || f.key.endsWith(`$${control.name}`),
    );
    if (typed) row[column.key] = textToValue(history, column.key, column.kind, typed.value);
  }
  const shown = tableRows(session.doc, history.table, history.headerRows);
  return rowsNotOnPage(history, [row], shown).length === 0;
}

async function loadDrafts(session: AssistSession): Promise<void> {
  const reply = (await browser.runtime.sendMessage({
    type: 'draft.find',
    form: session.formId,
  })) as RuntimeReply;
  if (!('drafts' in reply)) return;
  const saved = reply.drafts.filter((d) => savedOnThisPage(session, d));
  for (const d of saved) await browser.runtime.sendMessage({ type: 'draft.delete', id: d.id });
  const current = JSON.stringify(collectDraftFields(session.fields));
  session.set({
    drafts: reply.drafts.filter(
      (d) => !saved.includes(d) && (JSON.stringify(d.draft.fields) !== current || d.conflict),
    ),
    draftsLoaded: true,
  });
}

/**
 * Autosave: what the officer types is kept as a draft 800 ms after the last keystroke; drafts are offered back. On
 * every page with a form to fill: the card holder's fields, a profile page's fields, a history page's add-row form.
 */
export const draftsFeature: Feature = {
  id: 'drafts',
  include: (session) =>
    session.hasSubjectFields || session.page?.history !== undefined || (session.page?.fields.length ?? 0) > 0,
  async init(session, signal) {
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
    await loadDrafts(session);
  },
};
