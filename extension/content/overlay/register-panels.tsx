import type { Lang } from '../../i18n/messages';
import type { AssistState } from '../assist-session';
import { rt } from './register-text';

/**
 * A register search or fill that failed, or a locked register. (What a capture kept and the staff list's count are
 * shown by their own features' panels: capture-notice.tsx, listed-notice.tsx.)
 */
export function RegisterNotices({ state, lang }: { state: AssistState; lang: Lang }) {
  if (!state.registerError) return null;
  return (
    <p class="warn" data-testid="register-error" data-code={state.registerError.code}>
      {state.registerError.code === 'LOCKED' ? rt(lang, 'registerLocked') : state.registerError.message}
    </p>
  );
}
