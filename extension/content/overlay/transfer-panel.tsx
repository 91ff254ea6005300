import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { pickTargetOrg, searchTargetOrgs } from '../features/transfer-order';
import { ft } from './forms-text';

/** The transfer order's target-อปท. type-ahead: a pick sets the site's province → amphoe → อปท. selects. */
export function TransferPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => void searchTargetOrgs(session, query), 200);
    return () => clearTimeout(timer);
  }, [session, query]);
  const t = state.transfer;
  if (!t) return null;
  return (
    <div class="register" data-testid="transfer-panel" data-picked={t.picked ?? ''}>
      <b>{ft(lang, 'orgTitle')}</b>
      <input
        data-testid="org-search-input"
        placeholder={ft(lang, 'orgPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {t.error && <p class="warn">{ft(lang, 'orgRegistryMissing')}</p>}
      {t.orgs?.length === 0 && <p class="muted">{ft(lang, 'orgNone')}</p>}
      <ul class="results">
        {t.orgs?.map((o) => (
          <li key={o.code}>
            <button
              type="button"
              data-testid="org-result"
              data-code={o.code}
              onClick={() => void pickTargetOrg(session, o)}
            >
              {o.name} · {o.amphoe} {o.province} ({o.code})
            </button>
          </li>
        ))}
      </ul>
      {t.busy && <p class="muted">{ft(lang, 'orgBusy')}</p>}
      {!t.busy && t.picked && !t.failed && (
        <p data-testid="org-picked" data-code={t.picked}>
          {ft(lang, 'orgPicked')}
        </p>
      )}
      {!t.busy && t.failed && (
        <p class="warn" data-testid="org-failed" data-step={t.failed}>
          {ft(lang, 'orgFailed', { step: ft(lang, t.failed) })}
        </p>
      )}
    </div>
  );
}
