import { useEffect, useState } from 'preact/hooks';
import type { AssistSession, AssistState } from '../assist-session';

/** Re-renders when the session's state changes. */
export function useSessionState(session: AssistSession): AssistState {
  const [state, setState] = useState(session.state);
  useEffect(() => {
    const unsubscribe = session.subscribe(() => setState(session.state));
    // Features run before the overlay mounts and effects run after paint: pick up what changed in between.
    setState(session.state);
    return unsubscribe;
  }, [session]);
  return state;
}
