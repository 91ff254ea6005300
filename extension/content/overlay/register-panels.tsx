import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { undoCapture } from '../register/undo-capture';
import { rt, SECTION_LABELS } from './register-text';

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
