import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { FrameCommand, FrameEntry } from '../../../shared/protocol/frame-messages';
import type { RegisterSummary } from '../../../shared/protocol/register-messages';
import { displayName } from '../../../shared/thai/card-name';
import { formatCitizenId } from '../../../shared/thai/citizen-id';
import type { Lang } from '../../i18n/messages';
import type { AssistSession, AssistState } from '../assist-session';
import { register } from '../register/register-client';

const say = (lang: Lang, th: string, en: string) => (lang === 'th' ? th : en);

/** To the frame that holds the form, through the background (only within this tab: background/frame-relay.ts). */
function send(frameId: number, command: FrameCommand): void {
  void browser.runtime.sendMessage({ type: 'frame.command', frameId, command }).catch(() => {});
}

/** One frame's form: read the card or pick from the register, see what will be filled, fill, undo — in that frame. */
function FrameFormView({ frame, lang }: { frame: FrameEntry; lang: Lang }) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<RegisterSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const f = frame.fill;
  const id = frame.frameId;
  const idle = f.phase === 'idle' || f.phase === 'undone';
  return (
    <div
      class="frame-form"
      data-testid="frame-form"
      data-frame-id={id}
      data-path={frame.path}
      data-phase={f.phase}
      data-fields={frame.fields}
    >
      <b>{frame.title || frame.path}</b>{' '}
      <span class="muted">
        {say(
          lang,
          `ในกรอบหน้า: ${frame.subjectFields} ช่องของบุคคล`,
          `in a frame: ${frame.subjectFields} fields`,
        )}
      </span>
      {idle && frame.drafts > 0 && (
        <p data-testid="frame-drafts" data-count={frame.drafts}>
          {say(lang, `มีร่างที่บันทึกไว้ ${frame.drafts} ฉบับ`, `${frame.drafts} saved drafts`)}{' '}
          <button type="button" data-testid="frame-draft-restore" onClick={() => send(id, { kind: 'draft' })}>
            {say(lang, 'กู้คืนร่างล่าสุด', 'Restore the newest')}
          </button>
        </p>
      )}
      {frame.restored !== null && (
        <p class="ok" data-testid="frame-draft-restored" data-restored={frame.restored}>
          {say(lang, `กู้คืนแล้ว ${frame.restored} ช่อง`, `${frame.restored} fields restored`)}
        </p>
      )}
      {idle && frame.subjectFields > 0 && (
        <div>
          <button type="button" data-testid="frame-read-card" onClick={() => send(id, { kind: 'card' })}>
            {say(lang, 'อ่านบัตรประชาชน', 'Read ID card')}
          </button>
          <form
            class="search"
            onSubmit={(e) => {
              e.preventDefault();
              if (!query.trim()) return;
              void register.search(query.trim()).then((a) => {
                setMatches(a.ok ? a.value : null);
                setError(a.ok ? null : a.error.code);
              });
            }}
          >
            <input
              data-testid="frame-search-input"
              placeholder={say(lang, 'ค้นหาในทะเบียน', 'Search the register')}
              value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <button type="submit" data-testid="frame-search">
              {say(lang, 'ค้นหา', 'Search')}
            </button>
          </form>
          {error && (
            <p class="warn" data-testid="frame-search-error" data-code={error}>
              {say(lang, 'ค้นหาไม่ได้', 'search failed')} ({error})
            </p>
          )}
          <ul class="results">
            {matches?.map((p) => (
              <li key={p.citizenId}>
                <button
                  type="button"
                  data-testid="frame-result"
                  onClick={() => {
                    setMatches(null);
                    send(id, { kind: 'register', citizenId: p.citizenId });
                  }}
                >
                  {displayName(p.name, 'th')} · {formatCitizenId(p.citizenId)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(f.phase === 'connecting' || f.phase === 'waiting' || f.phase === 'filling') && (
        <p data-testid="frame-status">
          {f.phase === 'waiting'
            ? say(lang, 'เสียบบัตร…', 'insert the card…')
            : say(lang, 'กำลังทำงาน…', 'working…')}
        </p>
      )}
      {f.phase === 'preview' && (
        <div data-testid="frame-preview" data-steps={f.steps.length}>
          <p>
            {say(
              lang,
              'จะกรอกช่องเหล่านี้ในกรอบหน้า (ดูที่ไฮไลต์):',
              'will fill these fields in the frame (highlighted):',
            )}
          </p>
          <ul>
            {f.steps.map((s, i) => (
              <li key={`${i}-${s.type}`}>{s.label}</li>
            ))}
          </ul>
          {f.questions > 0 && (
            <p class="warn">
              {say(lang, `${f.questions} ช่องไม่แน่ใจ: จะไม่กรอก`, `${f.questions} unsure fields are left out`)}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="frame-fill"
              onClick={() => send(id, { kind: 'fill', overwrite: false })}
            >
              {say(lang, 'กรอกข้อมูล', 'Fill')}
            </button>
            <button type="button" onClick={() => send(id, { kind: 'reset' })}>
              {say(lang, 'ยกเลิก', 'Cancel')}
            </button>
          </div>
        </div>
      )}
      {f.phase === 'filled' && (
        <div data-testid="frame-filled" data-filled={f.filled} data-failed={f.failed}>
          <p class="ok">
            {say(lang, `กรอกแล้ว ${f.filled} ช่อง`, `filled ${f.filled} fields`)}
            {f.failed > 0 && say(lang, ` · ไม่สำเร็จ ${f.failed}`, ` · ${f.failed} not filled`)}
          </p>
          <button type="button" data-testid="frame-undo" onClick={() => send(id, { kind: 'undo' })}>
            {say(lang, 'เลิกทำ', 'Undo')}
          </button>{' '}
          <button type="button" onClick={() => send(id, { kind: 'reset' })}>
            {say(lang, 'ปิด', 'Close')}
          </button>
        </div>
      )}
      {f.phase === 'error' && (
        <p class="error" data-testid="frame-error" data-code={f.error ?? ''}>
          {say(lang, 'ทำไม่สำเร็จ', 'failed')} ({f.error}){' '}
          <button type="button" onClick={() => send(id, { kind: 'reset' })}>
            {say(lang, 'ปิด', 'Close')}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * The forms of the tab's other frames, in the one overlay (issue 14 item 4): a frame detects, fills, checks and guards
 * its own form, and is driven from here; what comes back is counts, types and labels, never a value.
 */
export function FramesPanel({ state, lang }: { session: AssistSession; state: AssistState; lang: Lang }) {
  const frames = state.frames.filter((f) => f.fields > 0);
  if (frames.length === 0) return null;
  return (
    <div class="frames" data-testid="frames-panel" data-count={frames.length}>
      {frames.map((frame) => (
        <FrameFormView key={frame.frameId} frame={frame} lang={lang} />
      ))}
    </div>
  );
}
// in every phase: the host's own form may be idle while a frame's fill is in preview
FramesPanel.anyPhase = true;
