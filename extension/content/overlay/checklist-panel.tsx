import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fieldTitle } from '../field-title';
import { type ChecklistTextKey, checklistText as t } from './checklist-text';

/** This form's required-but-empty and invalid fields, with a jump to each. */
export function ChecklistPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  // The other DLA forms' pages may have no card field at all (INFO08's website, INFO09's administrator sections).
  if (!session.hasSubjectFields && state.checklist.length === 0) return null;
  const items = state.checklist;
  return (
    <div class="checklist" data-testid="checklist" data-count={items.length}>
      <b>{t(lang, 'checklistTitle')}</b>:{' '}
      {items.length === 0 ? t(lang, 'checklistClean') : t(lang, 'checklistCount', { n: items.length })}
      <ul>
        {items.map((item) => (
          <li
            key={item.field.index}
            data-testid="checklist-item"
            data-field-type={item.field.type ?? ''}
            data-code={item.code}
          >
            {fieldTitle(item.field, lang)}: {t(lang, `code_${item.code}` as ChecklistTextKey)}{' '}
            <button type="button" class="link" onClick={() => session.focusField(item.field)}>
              {t(lang, 'jump')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The checklist as the checklist-panel feature's panel (features/checklist-panel.ts): while idle and after a fill. */
export function LiveChecklistPanel(props: { session: AssistSession; state: AssistState; lang: Lang }) {
  return props.state.phase === 'idle' || props.state.phase === 'filled' ? (
    <ChecklistPanel {...props} />
  ) : null;
}
LiveChecklistPanel.anyPhase = true;
