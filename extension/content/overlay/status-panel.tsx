import { formatThaiDate } from '../../../shared/thai/thai-date-format';
import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fillRetirement, loadRetirements } from '../features/status-change';
import { ft } from './forms-text';

/** The status-change list: who retires this fiscal year, and who is past retirement but still active. */
export function StatusPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const s = state.statusForm;
  if (!s) return null;
  return (
    <div class="register" data-testid="retirement-panel" data-count={s.rows?.length ?? ''}>
      <b>{ft(lang, 'retireTitle')}</b>
      {s.error && (
        <p class="warn">
          {ft(lang, 'retireLocked')}{' '}
          <button type="button" class="link" onClick={() => void loadRetirements(session)}>
            ↻
          </button>
        </p>
      )}
      {s.rows?.length === 0 && <p class="muted">{ft(lang, 'retireNone')}</p>}
      <ul class="results">
        {s.rows?.map((r) => (
          <li key={r.citizenId}>
            <button
              type="button"
              data-testid="retirement-row"
              data-overdue={String(r.overdue)}
              onClick={() => fillRetirement(session, r)}
            >
              {r.name} · {ft(lang, r.overdue ? 'retireOverdue' : 'retireOn')}{' '}
              {formatThaiDate(r.retirementDate, 'numeric')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
