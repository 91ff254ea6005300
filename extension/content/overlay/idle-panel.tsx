import { useState } from 'preact/hooks';
import { displayName } from '../../../shared/thai/card-name';
import { formatCitizenId } from '../../../shared/thai/citizen-id';
import { type Lang, t } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { preview, readCard, search } from '../features/card-fill';

/** The start: read a card, or find someone saved before (no card needed). */
export function IdlePanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const [query, setQuery] = useState('');
  return (
    <div>
      <button type="button" class="primary" data-testid="read-card" onClick={() => readCard(session)}>
        {t(lang, 'readCard')}
      </button>
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) void search(session, query.trim());
        }}
      >
        <input
          data-testid="search-input"
          placeholder={t(lang, 'searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="search-cache">
          {t(lang, 'searchCache')}
        </button>
      </form>
      {state.searchResults?.length === 0 && <p class="muted">{t(lang, 'noResults')}</p>}
      <ul class="results">
        {state.searchResults?.map((p) => (
          <li key={p.citizenId}>
            <button type="button" data-testid="search-result" onClick={() => void preview(session, p)}>
              {displayName(p.name.th, 'th')} · {formatCitizenId(p.citizenId)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
