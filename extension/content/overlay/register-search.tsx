import { useState } from 'preact/hooks';
import { displayName } from '../../../shared/thai/card-name';
import { formatCitizenId } from '../../../shared/thai/citizen-id';
import type { FeaturePanel } from '../assist-session';
import { fillFromRegister, searchRegister } from '../features/register-fill';
import { pageCitizenId } from '../register/page-subject';
import { searchText } from './register-search-text';

/**
 * Pick a person from the staff register to fill this page with (the preview comes first, as for a card). The register
 * fill feature's panel, in its own script (feature-register-fill.ts) to keep the content script's core small.
 */
export const RegisterSearch: FeaturePanel = ({ session, state, lang }) => {
  const [query, setQuery] = useState('');
  // The page already names its person (a banner after the pick on the staff list): one click fills from the register.
  const subject = pageCitizenId(session);
  return (
    <div class="register">
      {subject && (
        <button
          type="button"
          data-testid="register-subject"
          onClick={() => void fillFromRegister(session, subject)}
        >
          {searchText(lang, 'registerSubject', { id: formatCitizenId(subject) ?? '' })}
        </button>
      )}
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) void searchRegister(session, query.trim());
        }}
      >
        <input
          data-testid="register-search-input"
          placeholder={searchText(lang, 'registerPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="register-search">
          {searchText(lang, 'registerSearch')}
        </button>
      </form>
      {state.registerMatches?.length === 0 && <p class="muted">{searchText(lang, 'registerNone')}</p>}
      <ul class="results">
        {state.registerMatches?.map((p) => (
          <li key={p.citizenId}>
            <button
              type="button"
              data-testid="register-result"
              onClick={() => void fillFromRegister(session, p.citizenId)}
            >
              {displayName(p.name, 'th')} · {formatCitizenId(p.citizenId)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
