import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';
import type { AssistSession } from '../assist-session';
import type { FormControl } from '../detect/detected-field';
import { resolveLocator } from '../detect/resolve-profile';
import { completeParts, pageParts } from '../register/capture-form';
import { capturePatch } from '../register/capture-patch';
import { changedParts } from '../register/changed-parts';
import { rowsFromTable, rowsNotOnPage, tableRows } from '../register/history-table';
import { pageCitizenId } from '../register/page-subject';
import { register } from '../register/register-client';
import type { Feature } from './feature-manager';

async function send(
  session: AssistSession,
  citizenId: string,
  patch: RegisterPatch,
  rows: number,
): Promise<void> {
  const answer = await register.save(citizenId, 'capture', patch);
  if (answer.ok) session.set({ captured: { citizenId, parts: answer.value.parts, rows, undone: false } });
  else session.set({ registerError: answer.error });
}

/**
 * A history page shows what LHR has saved (after the officer's save, or in a read-only view): rows the register
 * lacks are added to its section, after the rows it already has. Nothing is removed from the register.
 */
async function captureTable(session: AssistSession): Promise<void> {
  const history = session.page?.history;
  const citizenId = pageCitizenId(session);
  if (!history || !citizenId) return;
  const cells = tableRows(session.doc, history.table, history.headerRows);
  if (cells.length === 0) return;
  const answer = await register.getOnce(citizenId);
  if (!answer.ok) {
    session.set({ registerError: answer.error });
    return;
  }
  // A person the register does not know yet is taught by the staff list or an import, not by one history table.
  if (!answer.value) return;
  const kept = (answer.value[history.section] ?? []) as Record<string, unknown>[];
  // A table row is new when no register row matches it (every kept row is still "not on" a page of that row).
  const fresh = rowsFromTable(
    history,
    cells.filter((row) => rowsNotOnPage(history, kept, [row]).length === kept.length),
  );
  if (fresh.length === 0) return;
  await send(session, citizenId, { [history.section]: [...kept, ...fresh] } as RegisterPatch, fresh.length);
}

/** The record as read when the page loaded, for the parts of a save click the page has no field for. */
const known = new WeakMap<AssistSession, PersonRecord | null>();

/** How long after a save-click capture the next page still shows it (the site's postback answer). */
const RECENT_MS = 120_000;

/**
 * A form page as the site sent it shows what LHR has saved (the postback after a save, or a view of the record):
 * parts that differ from the register are kept. When nothing differs because the save click already kept them,
 * the officer is shown that capture, with its undo.
 */
async function captureFormOnLoad(session: AssistSession): Promise<void> {
  const citizenId = pageCitizenId(session);
  const shown = capturePatch(session.fields);
  if (!citizenId || !shown) return;
  const answer = await register.getOnce(citizenId);
  if (!answer.ok) {
    session.set({ registerError: answer.error });
    return;
  }
  const record = answer.value;
  known.set(session, record);
  const patch = completeParts(shown, record);
  if (!record) {
    // Someone new: only a page that says who they are and what they are can create them.
    if (patch.identity && patch.staffType) await send(session, citizenId, patch, 0);
    return;
  }
  const changed = changedParts(patch, record);
  if (changed) {
    await send(session, citizenId, changed, 0);
    return;
  }
  const recent = Date.now() - Date.parse(record.provenance.updatedAt) < RECENT_MS;
  const parts = pageParts(session.fields).filter((p) => record.provenance.sections[p] === 'capture');
  if (recent && parts.length > 0) session.set({ captured: { citizenId, parts, rows: 0, undone: false } });
}

/**
 * Capture: when the officer presses the site's own save on a ก.พ.7 form page, the page's values go into that
 * person's register record — read at the click, sent alongside the site's save, never instead of it (the click is
 * not stopped). A page as the site sends it (the postback answer, a read-only view) is compared with the register
 * on load; history pages are captured from their saved-rows table.
 */
export const captureFeature: Feature = {
  id: 'capture',
  include: (session) => (session.page?.saveActions?.length ?? 0) > 0 || session.page?.history !== undefined,
  async init(session, signal) {
    const locators = session.page?.saveActions ?? [];
    const buttons = Array.from(
      session.doc.querySelectorAll<FormControl>('input[type="submit"], input[type="button"], button'),
    );
    const saves = locators.flatMap((l) => resolveLocator(l, buttons));
    const onClick = (event: Event) => {
      if (!event.isTrusted || session.page?.history) return;
      const target = event.target instanceof Element ? event.target : null;
      if (!target || !saves.some((b) => b === target || b.contains(target))) return;
      const citizenId = pageCitizenId(session);
      const shown = capturePatch(session.redetect());
      // Sent now, while the page is still here: the site's postback replaces it right after this click. What the
      // page has no field for comes from the record read on load (when it was about the same person).
      const record = known.get(session);
      const patch = shown && completeParts(shown, record?.citizenId === citizenId ? record : null);
      if (citizenId && patch) void send(session, citizenId, patch, 0);
    };
    session.doc.addEventListener('click', onClick, { capture: true, signal });
    await (session.page?.history ? captureTable(session) : captureFormOnLoad(session));
  },
};
