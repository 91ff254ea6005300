import { useState } from 'preact/hooks';
import { displayName } from '../../../shared/thai/card-name';
import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import {
  fillSection,
  readCardForSection,
  type SectionPick,
  searchForSection,
} from '../features/section-picker';
import { ft } from './forms-text';

function Section({ session, pick, lang }: { session: AssistSession; pick: SectionPick; lang: Lang }) {
  const [query, setQuery] = useState('');
  return (
    <div data-testid="section-picker" data-section={pick.index} data-filled={pick.filled ?? ''}>
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) void searchForSection(session, pick.index, query.trim());
        }}
      >
        <b>{ft(lang, 'sectionTitle', { n: pick.index })}</b>
        <input
          data-testid="section-search-input"
          placeholder={ft(lang, 'sectionPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="section-search">
          {ft(lang, 'sectionSearch')}
        </button>
        <button
          type="button"
          data-testid="section-card"
          onClick={() => readCardForSection(session, pick.index)}
        >
          {ft(lang, 'sectionCard')}
        </button>
      </form>
      <ul class="results">
        {pick.matches?.map((p) => (
          <li key={p.citizenId}>
            <button
              type="button"
              data-testid="section-result"
              onClick={() => void fillSection(session, pick.index, p.citizenId)}
            >
              {displayName(p.name, 'th')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** INFO09: one register search per administrator section; a pick fills that section only. */
export function SectionPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  if (!state.sections) return null;
  return (
    <div class="register">
      {state.sections.map((pick) => (
        <Section key={pick.index} session={session} pick={pick} lang={lang} />
      ))}
    </div>
  );
}
