import { type Lang, t } from '../../i18n/messages';
import type { AssistSession } from '../assist-session';

/** Back to the start of the panel; nothing filled is undone by it. */
export function CloseButton({ session, lang }: { session: AssistSession; lang: Lang }) {
  return (
    <button type="button" onClick={() => session.reset()}>
      {t(lang, 'close')}
    </button>
  );
}
