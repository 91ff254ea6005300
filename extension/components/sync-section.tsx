import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SyncStatus } from '../../shared/protocol/runtime';
import { PRACTICE_BUILD } from '../background/build-flags';
import { type Lang, t } from '../i18n/messages';
import { tp } from '../i18n/popup-messages';
import { askBackground } from './ask-background';

/** Login to the sync server and the state of draft sync: pending uploads, conflicts, last sync. */
export function SyncSection({ lang }: { lang: Lang }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  // The demo backend's address in practice builds; officers type their server's https address.
  const [url, setUrl] = useState(PRACTICE_BUILD ? 'http://127.0.0.1:47400' : 'https://');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Answers can overtake each other (a status poll sent before the login click may answer after it): only an answer
  // to a later request than the one shown may replace the status.
  const asked = useRef(0);
  const shown = useRef(0);
  const ask = async (message: object) => {
    const seq = ++asked.current;
    const reply = await askBackground(message);
    if ('sync' in reply && seq > shown.current) {
      shown.current = seq;
      setStatus(reply.sync);
    }
    return reply;
  };
  useEffect(() => {
    void ask({ type: 'sync.status' });
    const timer = setInterval(() => void ask({ type: 'sync.status' }), 2000);
    return () => clearInterval(timer);
  }, []);
  const act = async (message: object) => {
    setError(null);
    setBusy(true);
    const reply = await ask(message).finally(() => setBusy(false));
    if ('error' in reply) setError(`${reply.error.message} (${reply.error.code})`);
  };
  return (
    <section
      data-testid="sync"
      data-logged-in={String(status?.loggedIn ?? false)}
      data-pending={status?.pending ?? 0}
      data-locked={String(status?.locked ?? false)}
      data-busy={String(busy)}
      aria-busy={busy}
    >
      <h2>{tp(lang, 'syncTitle')}</h2>
      {status?.loggedIn && status.locked ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act({ type: 'vault.unlock', password }).then(() => setPassword(''));
          }}
        >
          <p>{tp(lang, 'vaultLocked')}</p>
          <input
            data-testid="vault-password"
            type="password"
            placeholder={t(lang, 'password')}
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="vault-unlock" disabled={busy}>
            {busy ? tp(lang, 'syncWorking') : tp(lang, 'vaultUnlock')}
          </button>{' '}
          <button type="button" onClick={() => void act({ type: 'backend.logout' })}>
            {tp(lang, 'syncLogout')}
          </button>
        </form>
      ) : status?.loggedIn ? (
        <div>
          <p>
            {tp(lang, 'syncPending', { n: status.pending })} ·{' '}
            {tp(lang, 'syncConflicts', { n: status.conflicts })}
            <br />
            <span class="muted" data-testid="last-sync">
              {status.lastSync
                ? tp(lang, 'syncLast', {
                    when: new Date(status.lastSync).toLocaleString(lang === 'th' ? 'th-TH' : 'en-GB'),
                  })
                : tp(lang, 'syncNever')}
            </span>
            {status.lastError && <span class="error"> · {status.lastError.message}</span>}
          </p>
          <button type="button" data-testid="sync-now" onClick={() => void act({ type: 'sync.now' })}>
            {tp(lang, 'syncNow')}
          </button>{' '}
          <button type="button" data-testid="vault-lock" onClick={() => void act({ type: 'vault.lock' })}>
            {tp(lang, 'vaultLock')}
          </button>{' '}
          {/* The import page writes into the register, so it is offered only while the register is open. */}
          <button
            type="button"
            data-testid="open-import"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/import.html') })}
          >
            {tp(lang, 'openImport')}
          </button>{' '}
          <button
            type="button"
            data-testid="backend-logout"
            onClick={() => void act({ type: 'backend.logout' })}
          >
            {tp(lang, 'syncLogout')}
          </button>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act({ type: 'backend.login', url, username, password }).then(() => setPassword(''));
          }}
        >
          <input
            data-testid="backend-url"
            value={url}
            onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
          />
          <input
            data-testid="backend-user"
            placeholder={tp(lang, 'username')}
            value={username}
            onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
          />
          <input
            data-testid="backend-password"
            type="password"
            placeholder={t(lang, 'password')}
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="backend-login" disabled={busy}>
            {busy ? tp(lang, 'syncWorking') : tp(lang, 'syncLogin')}
          </button>
        </form>
      )}
      {error && <p class="error">{error}</p>}
    </section>
  );
}
