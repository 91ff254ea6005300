import { useState } from 'preact/hooks';
import type { DraftSummary } from '../../../shared/protocol/runtime';
import { tDraft } from '../../i18n/draft-messages';
import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { discardDraft, restoreDraft } from '../features/draft-offer';

function when(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'th' ? 'th-TH' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Offers drafts of this form: preview, restore (into the same fields only), discard; both versions on a conflict. */
export function DraftPanel({
  session,
  state,
  lang,
}: {
  session: AssistSession;
  state: AssistState;
  lang: Lang;
}) {
  const [open, setOpen] = useState<string | null>(null);
  if (state.draftRestored) {
    return (
      <p class="ok" data-testid="draft-restored" data-restored={state.draftRestored.restored}>
        {tDraft(lang, 'draftRestored', { n: state.draftRestored.restored })}
      </p>
    );
  }
  if (state.drafts.length === 0) return null;
  return (
    <div class="drafts" data-testid="drafts">
      <b>{tDraft(lang, 'draftFound')}</b>
      {state.drafts.map((d: DraftSummary) => (
        <div
          key={d.id}
          data-testid="draft"
          data-pending={String(d.pending)}
          data-conflict={String(d.conflict !== null)}
        >
          <div>
            {d.draft.title} · {when(d.draft.savedAt, lang)} ·{' '}
            {tDraft(lang, 'draftFields', { n: d.draft.fields.length })}
            {d.pending && <span class="muted"> · {tDraft(lang, 'draftPending')}</span>}
          </div>
          {d.conflict && (
            <p class="warn">{tDraft(lang, 'draftConflict', { when: when(d.conflict.savedAt, lang) })}</p>
          )}
          <button
            type="button"
            class="link"
            data-testid="draft-preview"
            onClick={() => setOpen(open === d.id ? null : d.id)}
          >
            {tDraft(lang, d.conflict ? 'draftCompare' : 'draftPreview')}
          </button>
          {open === d.id && (
            <table class="preview" data-testid="draft-table">
              <tbody>
                {d.draft.fields.map((f) => {
                  const theirs = d.conflict?.fields.find((x) => x.key === f.key)?.value;
                  return (
                    <tr key={f.key}>
                      <td class="muted">{f.key.split('$').pop()}</td>
                      <td>{f.value}</td>
                      {d.conflict && <td class={theirs === f.value ? 'muted' : 'warn'}>{theirs ?? '—'}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="draft-restore"
              onClick={() => void restoreDraft(session, d, 'mine')}
            >
              {tDraft(lang, d.conflict ? 'draftMine' : 'draftRestore')}
            </button>
            {d.conflict && (
              <button
                type="button"
                data-testid="draft-theirs"
                onClick={() => void restoreDraft(session, d, 'theirs')}
              >
                {tDraft(lang, 'draftTheirs')}
              </button>
            )}
            <button type="button" data-testid="draft-discard" onClick={() => void discardDraft(session, d)}>
              {tDraft(lang, 'draftDiscard')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
