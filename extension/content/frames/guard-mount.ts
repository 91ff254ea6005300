import type { AssistSession } from '../assist-session';

/**
 * A sub-frame shows no overlay of its own until the guard stops a click on one of its buttons: the guard's panel must
 * sit next to the button, in this frame. In the content script's core, not in the relay's script
 * (frame-relay-feature.ts), so a guard that fires before that script has arrived still shows its panel.
 */
export function mountOnGuard(session: AssistSession, signal: AbortSignal, mountOverlay: () => void): void {
  const check = () => {
    if (session.state.phase === 'guard') mountOverlay();
  };
  const unsubscribe = session.subscribe(check);
  signal.addEventListener('abort', unsubscribe);
  check();
}
