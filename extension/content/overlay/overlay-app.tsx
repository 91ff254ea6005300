import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type Lang, t } from '../../i18n/messages';
import type { AssistSession } from '../assist-session';
import { readCard } from '../features/card-fill';
import { CloseButton } from './close-button';
import { loadEnglish } from './english';
import { IdlePanel } from './idle-panel';
import { RegisterNotices } from './register-panels';
import { TeachStart } from './teach-start';
import { useSessionState } from './use-session';

/** The floating LHR Assist panel on an assisted page. */
export function OverlayApp({ session }: { session: AssistSession }) {
  const state = useSessionState(session);
  const [lang, setLang] = useState<Lang>('th');
  const [open, setOpen] = useState(true);
  useEffect(() => {
    void browser.storage.local.get('lang').then(async (v) => {
      if (v.lang === 'en' && (await loadEnglish())) setLang('en');
    });
  }, []);
  useEffect(() => {
    if (state.phase === 'guard') setOpen(true);
  }, [state.phase]);
  const toggleLang = async () => {
    const next = lang === 'th' ? 'en' : 'th';
    if (next === 'en' && !(await loadEnglish())) return;
    setLang(next);
    void browser.storage.local.set({ lang: next });
  };
  if (!open) {
    return (
      <button type="button" class="fab" data-testid="open" onClick={() => setOpen(true)}>
        LHR
      </button>
    );
  }
  return (
    <div
      class="panel"
      data-testid="panel"
      data-phase={state.phase}
      data-profile={session.profileInUse ?? ''}
      data-fields={session.fields.length}
      data-drafts-loaded={String(state.draftsLoaded)}
      title={session.profileInUse ? `${t(lang, 'profileInUse')} ${session.profileInUse}` : undefined}
      lang={lang}
    >
      <header>
        <b>{t(lang, 'appName')}</b>
        <span>
          <button type="button" class="link" data-testid="lang" onClick={() => void toggleLang()}>
            {t(lang, 'language')}
          </button>
          <button type="button" class="link" aria-label="close" onClick={() => setOpen(false)}>
            ×
          </button>
        </span>
      </header>
      {state.phase === 'idle' && session.hasSubjectFields && (
        <IdlePanel session={session} state={state} lang={lang} />
      )}
      {[...session.panels]
        .filter(([, Panel]) => !Panel.inGuard && (state.phase === 'idle' || Panel.anyPhase))
        .map(([id, Panel]) => (
          <Panel key={id} session={session} state={state} lang={lang} />
        ))}
      <RegisterNotices state={state} lang={lang} />
      {state.phase === 'idle' && state.guardAcknowledged && (
        <p class="warn" data-testid="guard-acknowledged">
          {t(lang, 'guardAcknowledged')}
        </p>
      )}
      {state.phase === 'idle' && !session.panels.has('teach') && <TeachStart session={session} lang={lang} />}
      {state.phase === 'connecting' && <p data-testid="status">{t(lang, 'connecting')}</p>}
      {state.phase === 'waiting' && <p data-testid="status">{t(lang, 'waitingCard')}</p>}
      {state.phase === 'filling' && <p data-testid="status">{t(lang, 'reading')}</p>}
      {/* the preview panel comes in the fill-preview feature script; until it has, the read is still "reading" */}
      {state.phase === 'preview' && !session.panels.has('fill-preview') && (
        <p data-testid="status">{t(lang, 'reading')}</p>
      )}
      {state.phase === 'undone' && (
        <div>
          <p data-testid="status">{t(lang, 'undone')}</p>
          <CloseButton session={session} lang={lang} />
        </div>
      )}
      {state.phase === 'error' && state.error && (
        <div data-testid="error" data-code={state.error.code}>
          <p class="error">
            {state.error.code === 'NOT_PAIRED' ? t(lang, 'notPaired') : state.error.message}
          </p>
          <button type="button" data-testid="retry" onClick={() => readCard(session)}>
            {t(lang, 'retry')}
          </button>
          <CloseButton session={session} lang={lang} />
        </div>
      )}
    </div>
  );
}
