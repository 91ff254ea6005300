import { useState } from 'preact/hooks';
import { fieldLabel, type Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { fieldTitle } from '../field-title';
import { CloseButton } from './close-button';
import { previewText as t } from './preview-text';

/** What will be filled where; nothing is written until the officer presses กรอกข้อมูล. */
export function PreviewPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const [overwrite, setOverwrite] = useState(false);
  const { answer, choosePostcode, fill } = session.cardFill;
  const person = state.person;
  const hasPrefilled = state.steps.some((s) => s.current !== '');
  if (state.steps.length === 0) {
    return (
      <div>
        <p>{t(lang, 'nothingToFill')}</p>
        <CloseButton session={session} lang={lang} />
      </div>
    );
  }
  return (
    <div>
      <h3>{t(lang, 'previewTitle')}</h3>
      <p class="muted">{t(lang, 'previewHint')}</p>
      <table class="preview" data-testid="preview">
        <tbody>
          {state.steps.map((s) => (
            <tr key={s.field.index} data-field-type={s.field.type ?? ''}>
              <td>{fieldTitle(s.field, lang)}</td>
              <td>
                <b>{s.value.text}</b>
                {s.current !== '' && <span class="warn"> ({s.current})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.questions.map((q) => (
        <div class="ask" key={q.field.index} data-testid="ask" data-field-index={q.field.index}>
          {t(lang, 'askWhich', { label: q.field.label })}
          {q.options.map((o) => (
            <button
              type="button"
              key={o.type}
              data-testid="ask-option"
              data-type={o.type}
              onClick={() => answer(session, q.field, o.type)}
            >
              {fieldLabel(o.type, lang)}: {o.text}
            </button>
          ))}
          <button type="button" class="link" onClick={() => answer(session, q.field, null)}>
            {t(lang, 'askSkip')}
          </button>
        </div>
      ))}
      {state.missing.length > 0 && (
        <p class="muted" data-testid="missing">
          {t(lang, 'notOnCard')}:{' '}
          {state.missing.map((m) => `${fieldTitle(m.field, lang)}${m.hint ? ` (${m.hint})` : ''}`).join(', ')}
        </p>
      )}
      {person && person.postcode === null && person.postcodeCandidates.length > 1 && (
        <p class="warn">
          {t(lang, 'postcodeChoose', { codes: '' })}
          {person.postcodeCandidates.map((code) => (
            <button
              type="button"
              key={code}
              data-testid={`postcode-${code}`}
              onClick={() => choosePostcode(session, code)}
            >
              {code}
            </button>
          ))}
        </p>
      )}
      {hasPrefilled && (
        <label class="overwrite">
          <input
            type="checkbox"
            data-testid="overwrite"
            checked={overwrite}
            onChange={(e) => setOverwrite((e.target as HTMLInputElement).checked)}
          />
          {t(lang, 'overwrite')}
        </label>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="fill"
          onClick={() => void fill(session, overwrite)}
        >
          {t(lang, 'fill')}
        </button>
        <button type="button" onClick={() => session.reset()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </div>
  );
}

/** The preview as the fill-preview feature's panel (features/fill-preview.ts): shown while a read waits for the officer. */
export function FillPreviewPanel(props: { session: AssistSession; state: AssistState; lang: Lang }) {
  return props.state.phase === 'preview' ? <PreviewPanel {...props} /> : null;
}
FillPreviewPanel.anyPhase = true;
