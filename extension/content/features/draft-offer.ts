import browser from 'webextension-polyfill';
import type { DraftSummary, RuntimeReply } from '../../../shared/protocol/runtime';
import type { AssistSession } from '../assist-session';
import { collectDraftFields } from '../drafts/draft-fields';
import { isDraftPage } from '../drafts/draft-page';
import { restoreDraft as putBack } from '../drafts/restore-draft';
import { rowsNotOnPage, tableRows, textToValue } from '../register/history-table';
import type { Feature } from './feature-manager';

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
 * Drafts offered back (overlay/draft-panel.tsx): this form's drafts that differ from the page, restore or discard.
 * Its own script (entrypoints/feature-draft-offer.ts); the autosave itself is drafts.ts, a script of its own too.
 */
export const draftOfferFeature: Feature = {
  id: 'draft-offer',
  include: isDraftPage,
  init(session) {
    // the tab's overlay in another frame restores the newest draft of this frame's form (frames/relay-frame.ts)
    session.frameActions.draft = () => {
      const newest = session.state.drafts[0];
      if (newest) void restoreDraft(session, newest, 'mine');
    };
    return loadDrafts(session);
  },
};
