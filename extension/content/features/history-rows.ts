import type { HistoryPage } from '../../../shared/profile/register-page-profile';
import type { AssistSession } from '../assist-session';
import type { FormControl } from '../detect/detected-field';
import { resolveLocator } from '../detect/resolve-profile';
import { setControlValue } from '../fill/set-value';
import { rowsNotOnPage, tableRows, valueToText } from '../register/history-table';
import { pageCitizenId } from '../register/page-subject';
import { register } from '../register/register-client';
import type { Feature } from './feature-manager';

function historyOf(session: AssistSession): HistoryPage {
  const history = session.page?.history;
  if (!history) throw new Error('not a history page');
  return history;
}

/** Works out which register rows the page's table lacks; called on load (after every postback). */
async function loadPending(session: AssistSession): Promise<void> {
  const history = historyOf(session);
  const citizenId = pageCitizenId(session);
  if (!citizenId) return;
  const answer = await register.getOnce(citizenId);
  if (!answer.ok) {
    session.set({ registerError: answer.error });
    return;
  }
  const rows = (answer.value?.[history.section] ?? []) as Record<string, unknown>[];
  const shown = tableRows(session.doc, history.table, history.headerRows);
  session.set({
    history: {
      section: history.section,
      citizenId,
      pending: rowsNotOnPage(history, rows, shown),
      inForm: false,
      unfilled: [],
      total: rows.length,
    },
  });
}

/** Puts a select on the option whose text (or value) is the register's text. */
function selectByText(el: HTMLSelectElement, text: string): boolean {
  const option = Array.from(el.options).find((o) => o.text.trim() === text || o.value === text);
  if (!option) return false;
  setControlValue(el, option.value);
  return true;
}

/**
 * Fills the site's add-row form with the next register row the table lacks. The officer checks it and presses
 * the site's own save; the extension never submits. Returns the controls it could not fill.
 */
export function fillNextRow(session: AssistSession): string[] {
  const history = historyOf(session);
  const row = session.state.history?.pending[0];
  if (!row) return [];
  const controls = Array.from(session.doc.querySelectorAll<FormControl>('input, select, textarea'));
  const filled: FormControl[] = [];
  const unfilled: string[] = [];
  for (const column of history.columns) {
    if (!column.control) continue;
    const [el] = resolveLocator(column.control, controls);
    const text = valueToText(column.kind, row[column.key], column.date);
    if (!el || text === '') continue;
    if (el instanceof HTMLSelectElement && !selectByText(el, text)) {
      unfilled.push(column.key);
      continue;
    }
    if (!(el instanceof HTMLSelectElement)) setControlValue(el, text);
    filled.push(el);
  }
  // the content script's own marks (this module runs in its feature script): session.reset() clears them too
  session.highlight(filled);
  setTimeout(() => session.highlight([]), 3000);
  const state = session.state.history;
  if (state) session.set({ history: { ...state, inForm: true, unfilled } });
  return unfilled;
}

/** History rows: on each ก.พ.7 history page, the register rows LHR does not have yet, one add-row form at a time. */
export const historyRowsFeature: Feature = {
  id: 'history-rows',
  include: (session) => session.page?.history !== undefined,
  init: (session) => loadPending(session),
};
