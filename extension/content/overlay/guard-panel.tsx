import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fieldTitle } from '../field-title';
import { readinessOpen } from '../readiness/readiness-client';
import { type ChecklistTextKey, checklistText as t } from './checklist-text';

/** Shown instead of letting "รับรองระดับ อปท." through while something is still open; the officer decides. */
export function GuardPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const here = location.pathname;
  const r = state.readiness;
  const registerOpen = r === 'pending' || (r !== null && readinessOpen(r) > 0);
  const pages = [
    ...state.outstanding.filter((p) => p.path !== here && p.items.length > 0),
    ...(state.checklist.length > 0
      ? [
          {
            path: here,
            title: document.title,
            items: state.checklist.map((i) => ({ label: fieldTitle(i.field, lang), code: i.code })),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="guard-panel">
      <h3>{t(lang, 'guardTitle')}</h3>
      <p class="warn">{t(lang, 'guardHint')}</p>
      {pages.map((p) => (
        <div key={p.path}>
          <b>{p.title}</b>
          <ul>
            {p.items.map((i) => (
              <li key={`${p.path}-${i.label}-${i.code}`} data-testid="guard-item" data-code={i.code}>
                {i.label}: {t(lang, `code_${i.code}` as ChecklistTextKey)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {/* the whole-register checklist (readiness/readiness-guard-feature.ts, its own script) */}
      {[...session.panels]
        .filter(([, Panel]) => Panel.inGuard)
        .map(([id, Panel]) => (
          <Panel key={id} session={session} state={state} lang={lang} />
        ))}
      <div class="actions">
        {/* with the register's items open, going on needs the ticked acknowledgement in ReadinessGuard instead */}
        {!registerOpen && (
          <button type="button" data-testid="guard-continue" onClick={() => session.acknowledgeGuard()}>
            {t(lang, 'guardContinue')}
          </button>
        )}
        <button type="button" class="primary" data-testid="guard-back" onClick={() => session.reset()}>
          {t(lang, 'guardBack')}
        </button>
      </div>
    </div>
  );
}

/** The guard panel as the guard-panel feature's panel (features/guard-panel.ts): shown while a guarded click waits. */
export function WaitingGuardPanel(props: { session: AssistSession; state: AssistState; lang: Lang }) {
  return props.state.phase === 'guard' ? <GuardPanel {...props} /> : null;
}
WaitingGuardPanel.anyPhase = true;
