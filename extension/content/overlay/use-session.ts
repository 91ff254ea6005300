import { useEffect, useState } from 'preact/hooks';
import type { AssistSession, AssistState } from '../assist-session';

/** Re-renders when the session's state changes. */
export function useSessionState(session: AssistSession): AssistState {
  const [state, setState] = useState(session.state);
  useEffect(() => session.subscribe(() => setState(session.state)), [session]);
  return state;
}
