import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fillNextRow } from '../features/history-rows';
import { valueToText } from '../register/history-table';
import { historyText } from './history-text';
import { SECTION_LABELS } from './section-labels';

/** One line per pending row: the page's own columns, as they will be typed. */
function rowSummary(session: AssistSession, row: Record<string, unknown>): string {
  const columns = session.page?.history?.columns ?? [];
  return columns
    .map((c) => valueToText(c.kind, row[c.key], c.date))
    .filter(Boolean)
    .slice(0, 4)
    .join(' · ');
}

/** A history page: the register rows LHR lacks, filled one at a time into the site's add-row form. */
export function HistoryPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const h = state.history;
  if (!h) return null;
  return (
    <div
      class="history"
      data-testid="history-panel"
      data-pending={h.pending.length}
      data-in-form={String(h.inForm)}
    >
      <b>{SECTION_LABELS[h.section]?.[lang] ?? h.section}</b>
      <p>
        {h.pending.length === 0
          ? historyText(lang, 'historyDone', { n: h.total })
          : historyText(lang, 'historyTitle', { n: h.pending.length })}
      </p>
      <ol>
        {h.pending.map((row, i) => (
          <li key={i} data-testid="history-row">
            {rowSummary(session, row)}
          </li>
        ))}
      </ol>
      {h.unfilled.length > 0 && (
        <p class="warn" data-testid="history-unfilled">
          {historyText(lang, 'historyUnfilled', { columns: h.unfilled.join(', ') })}
        </p>
      )}
      {h.inForm ? (
        <p class="ok" data-testid="history-in-form">
          {historyText(lang, 'historyInForm')}
        </p>
      ) : (
        h.pending.length > 0 && (
          <button
            type="button"
            class="primary"
            data-testid="history-fill-next"
            onClick={() => fillNextRow(session)}
          >
            {historyText(lang, 'historyFillNext')}
          </button>
        )
      )}
    </div>
  );
}
