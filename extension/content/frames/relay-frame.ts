import browser from 'webextension-polyfill';
import type { FrameCommand, FrameForm } from '../../../shared/protocol/frame-messages';
import type { AssistSession } from '../assist-session';
import { fill, readCard } from '../features/card-fill';
import { fillFromRegister } from '../features/register-fill';
import { fieldTitle } from '../field-title';
import { undo } from '../fill/undo-fill';

/** This frame's form for the host's overlay: counts, types and the page's labels — never a value. */
export function frameForm(session: AssistSession): FrameForm {
  const s = session.state;
  const types = [
    ...new Set(session.fields.flatMap((f) => (f.type && f.scope === 'subject' ? [f.type] : []))),
  ];
  return {
    title: session.doc.title.slice(0, 200),
    path: session.doc.location.pathname.slice(0, 300),
    fields: session.fields.length,
    subjectFields: session.fields.filter((f) => f.type !== null && f.scope === 'subject').length,
    types: types.slice(0, 100),
    fill: {
      phase: s.phase,
      steps:
        s.phase === 'preview'
          ? s.steps.slice(0, 300).map((step) => ({
              label: fieldTitle(step.field).slice(0, 200),
              type: step.field.type ?? 'unknown',
            }))
          : [],
      questions: s.phase === 'preview' ? s.questions.length : 0,
      filled: s.result?.outcomes.filter((o) => o.status === 'filled').length ?? 0,
      failed: s.result?.outcomes.filter((o) => o.status !== 'filled').length ?? 0,
      error: s.error?.code ?? null,
    },
    drafts: s.drafts.length,
    restored: s.draftRestored?.restored ?? null,
  };
}

/** The host's command, run as this frame's own overlay buttons would run it. */
function run(session: AssistSession, command: FrameCommand): void {
  if (command.kind === 'card') readCard(session);
  else if (command.kind === 'register') void fillFromRegister(session, command.citizenId);
  else if (command.kind === 'fill') void fill(session, command.overwrite);
  else if (command.kind === 'undo') undo(session);
  else if (command.kind === 'draft') session.frameActions.draft?.();
  else session.reset();
}

/**
 * A sub-frame under the tab's overlay frame: reports its form whenever it changes (detection again after a postback,
 * a fill's phase) and when it goes (navigation), and takes the host's commands. It comes in its own script
 * (frame-relay-feature.ts); the guard's panel in this frame is mounted by the core (guard-mount.ts).
 */
export function relayFrame(session: AssistSession, signal: AbortSignal): void {
  let last = '';
  const report = () => {
    const form = frameForm(session);
    const json = JSON.stringify(form);
    if (json === last) return;
    last = json;
    void browser.runtime.sendMessage({ type: 'frame.report', form }).catch(() => {});
  };
  const unsubscribe = session.subscribe(report);
  const onCommand = (message: unknown) => {
    const m = message as { type?: unknown; command?: FrameCommand } | null;
    // only the extension's background sends to a content script (tabs.sendMessage); the shape is checked there
    if (m?.type === 'frame.command' && typeof m.command?.kind === 'string') run(session, m.command);
  };
  browser.runtime.onMessage.addListener(onCommand);
  const gone = () => void browser.runtime.sendMessage({ type: 'frame.report', form: null }).catch(() => {});
  addEventListener('pagehide', gone, { signal });
  signal.addEventListener('abort', () => {
    unsubscribe();
    browser.runtime.onMessage.removeListener(onCommand);
  });
  report();
}
