import browser from 'webextension-polyfill';
import type { FrameEntry } from '../../../shared/protocol/frame-messages';
import type { AssistSession } from '../assist-session';
import { loadFeature } from '../features/lazy-feature';

/**
 * The frame that shows the tab's overlay: claims it with the background, keeps the other frames' forms in
 * `state.frames` and, once one has a form, puts the overlay up (the top page may have none of its own) with the
 * frames panel, which comes in its own script (frames/frame-forms-feature.ts).
 */
export function hostFrames(session: AssistSession, signal: AbortSignal, mountOverlay: () => void): void {
  let panel = false;
  const show = (frames: FrameEntry[]) => {
    session.set({ frames });
    if (frames.length === 0 || panel) return;
    panel = true;
    mountOverlay();
    void loadFeature('frame-forms', 'feature-frame-forms').then((f) => f.init(session, signal));
  };
  const onForms = (message: unknown) => {
    const m = message as { type?: unknown; frames?: unknown } | null;
    if (m?.type === 'frame.forms' && Array.isArray(m.frames)) show(m.frames as FrameEntry[]);
  };
  browser.runtime.onMessage.addListener(onForms);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onForms));
  void (browser.runtime.sendMessage({ type: 'frame.host' }) as Promise<{ frames?: unknown } | null>)
    .then((reply) => {
      if (Array.isArray(reply?.frames)) show(reply.frames as FrameEntry[]);
    })
    .catch(() => {});
}
