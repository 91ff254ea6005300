import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fillNextRow } from '../features/history-rows';
import { valueToText } from '../register/history-table';
import { undoCapture } from '../register/undo-capture';
import { rt, SECTION_LABELS } from './register-text';

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
          ? rt(lang, 'historyDone', { n: h.total })
          : rt(lang, 'historyTitle', { n: h.pending.length })}
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
          {rt(lang, 'historyUnfilled', { columns: h.unfilled.join(', ') })}
        </p>
      )}
      {h.inForm ? (
        <p class="ok" data-testid="history-in-form">
          {rt(lang, 'historyInForm')}
        </p>
      ) : (
        h.pending.length > 0 && (
          <button
            type="button"
            class="primary"
            data-testid="history-fill-next"
            onClick={() => fillNextRow(session)}
          >
            {rt(lang, 'historyFillNext')}
          </button>
        )
      )}
    </div>
  );
}

/** What the last capture kept in the register, with undo; the staff list's count; a locked register. */
export function RegisterNotices({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const c = state.captured;
  return (
    <div>
      {state.registerError && (
        <p class="warn" data-testid="register-error" data-code={state.registerError.code}>
          {state.registerError.code === 'LOCKED' ? rt(lang, 'registerLocked') : state.registerError.message}
        </p>
      )}
      {c && (
        <p
          class="ok"
          data-testid="capture-notice"
          data-parts={c.parts.join(',')}
          data-rows={c.rows}
          data-undone={String(c.undone)}
        >
          {c.undone
            ? rt(lang, 'capturedUndone')
            : rt(lang, 'captured', {
                parts: c.parts.map((p) => SECTION_LABELS[p]?.[lang] ?? p).join(', '),
              })}
          {!c.undone && c.rows > 0 && ` (${rt(lang, 'capturedRows', { n: c.rows })})`}{' '}
          {!c.undone && (
            <button
              type="button"
              class="link"
              data-testid="capture-undo"
              onClick={() => void undoCapture(session)}
            >
              {rt(lang, 'capturedUndo')}
            </button>
          )}
        </p>
      )}
      {state.listed && (
        <p data-testid="listed" data-seen={state.listed.seen} data-added={state.listed.added}>
          {rt(lang, 'listed', { seen: state.listed.seen, added: state.listed.added })}
        </p>
      )}
    </div>
  );
}
