import { type Lang, t } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fieldTitle } from '../field-title';
import { undo } from '../fill/undo-fill';
import { CloseButton } from './close-button';
import { reportText } from './report-text';

/** After a fill: how many fields took, which did not and why, and one-click undo. */
export function ReportPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const result = state.result;
  if (!result) return null;
  const filled = result.outcomes.filter((o) => o.status === 'filled');
  const missed = result.outcomes.filter((o) => o.status !== 'filled');
  return (
    <div
      data-testid="report"
      data-fill-ms={result.fillMs.toFixed(1)}
      data-plan-ms={state.planMs.toFixed(1)}
      data-filled={filled.length}
      data-missed={missed.length}
    >
      <p class="ok">{reportText(lang, 'filled', { n: filled.length })}</p>
      {missed.length > 0 && (
        <div>
          <b>{reportText(lang, 'notFilled')}</b>
          <ul>
            {missed.map((o) => (
              <li
                key={o.step.field.index}
                data-testid="missed"
                data-field-type={o.step.field.type ?? ''}
                data-reason={o.reason}
              >
                {fieldTitle(o.step.field, lang)}: {o.reason ? reportText(lang, `reason_${o.reason}`) : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="button" data-testid="undo" onClick={() => undo(session)}>
          {t(lang, 'undo')}
        </button>
        <CloseButton session={session} lang={lang} />
      </div>
    </div>
  );
}

/**
 * The report as the fill-report feature's overlay panel: shown after a fill (the feature script carries it, so the
 * content script every assisted page loads does not).
 */
export function FillReportPanel(props: { session: AssistSession; state: AssistState; lang: Lang }) {
  return props.state.phase === 'filled' ? <ReportPanel {...props} /> : null;
}
FillReportPanel.anyPhase = true;
