import type { FeaturePanel } from '../assist-session';
import { undoCapture } from '../register/undo-capture';
import { noticeText } from './notice-text';
import { SECTION_LABELS } from './section-labels';

/** What the last capture kept in the staff register, with undo (the capture feature's panel, in its own script). */
export const CaptureNotice: FeaturePanel = ({ session, state, lang }) => {
  const c = state.captured;
  if (!c) return null;
  return (
    <p
      class="ok"
      data-testid="capture-notice"
      data-parts={c.parts.join(',')}
      data-rows={c.rows}
      data-undone={String(c.undone)}
    >
      {c.undone
        ? noticeText(lang, 'capturedUndone')
        : noticeText(lang, 'captured', {
            parts: c.parts.map((p) => SECTION_LABELS[p]?.[lang] ?? p).join(', '),
          })}
      {!c.undone && c.rows > 0 && ` (${noticeText(lang, 'capturedRows', { n: c.rows })})`}{' '}
      {!c.undone && (
        <button
          type="button"
          class="link"
          data-testid="capture-undo"
          onClick={() => void undoCapture(session)}
        >
          {noticeText(lang, 'capturedUndo')}
        </button>
      )}
    </p>
  );
};
// the result stays up after the page is saved and the overlay moves on
CaptureNotice.anyPhase = true;
