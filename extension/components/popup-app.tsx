import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AgentLinkStatus } from '../../shared/protocol/runtime';
import { type Lang, t } from '../i18n/messages';
import { tp } from '../i18n/popup-messages';
import { askBackground } from './ask-background';
import { SyncSection } from './sync-section';

/** Pairing with the agent and the status of agent, reader and card. */
export function PopupApp() {
  const [lang, setLang] = useState<Lang>('th');
  const [status, setStatus] = useState<AgentLinkStatus | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    const reply = await askBackground({ type: 'agent.status' });
    if ('status' in reply) setStatus(reply.status);
  };
  useEffect(() => {
    void browser.storage.local.get('lang').then((v) => setLang(v.lang === 'en' ? 'en' : 'th'));
    void refresh();
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, []);

  const pair = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const reply = await askBackground({ type: 'agent.pair', code });
    if ('status' in reply) {
      setStatus(reply.status);
      setCode('');
    } else if ('error' in reply) setError(`${reply.error.message} (${reply.error.code})`);
  };
  const toggleLang = () => {
    const next = lang === 'th' ? 'en' : 'th';
    setLang(next);
    void browser.storage.local.set({ lang: next });
  };

  const connection = status?.connection;
  return (
    <div data-testid="popup" data-connection={connection ?? ''} lang={lang}>
      <h1>
        {t(lang, 'appName')}
        <button type="button" data-testid="lang" onClick={toggleLang}>
          {t(lang, 'language')}
        </button>
      </h1>
      <p data-testid="agent-status" class={connection === 'connected' ? 'ok' : 'warn'}>
        {connection === 'connected'
          ? tp(lang, 'agentConnected')
          : connection === 'unpaired'
            ? tp(lang, 'agentUnpaired')
            : tp(lang, 'agentUnavailable')}
      </p>
      {connection === 'connected' && (
        <ul data-testid="readers">
          {status?.readers.length === 0 && <li>{tp(lang, 'readerNone')}</li>}
          {status?.readers.map((r) => (
            <li key={r.name}>
              {r.name}: {r.cardPresent ? tp(lang, 'cardPresent') : tp(lang, 'cardAbsent')}
            </li>
          ))}
        </ul>
      )}
      {status && !status.paired && (
        <form onSubmit={pair}>
          <p>
            <b>{tp(lang, 'pairTitle')}</b>
            <br />
            <span class="muted">{tp(lang, 'pairHint')}</span>
          </p>
          <input
            data-testid="pair-code"
            inputMode="numeric"
            maxLength={6}
            pattern="\d{6}"
            value={code}
            onInput={(e) => setCode((e.target as HTMLInputElement).value.replace(/\D/g, ''))}
          />{' '}
          <button type="submit" class="primary" data-testid="pair-submit" disabled={code.length !== 6}>
            {tp(lang, 'pair')}
          </button>
        </form>
      )}
      {error && (
        <p class="error" data-testid="pair-error">
          {error}
        </p>
      )}
      {status?.paired && (
        <button
          type="button"
          data-testid="forget"
          onClick={() => void askBackground({ type: 'agent.forget' }).then(refresh)}
        >
          {tp(lang, 'forget')}
        </button>
      )}
      <SyncSection lang={lang} />
      <p>
        <button
          type="button"
          class="link"
          data-testid="open-report"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}
        >
          แผนอัตรากำลังและรายงานความพร้อมรับรอง (plan and readiness report)
        </button>
      </p>
    </div>
  );
}
