import type { AssistSession } from '../assist-session';
import { register } from './register-client';

// Kept out of features/capture.ts: the overlay's undo button is in the content script, the capture feature is a
// script of its own loaded only on pages with a save button (lazy-feature.ts).
/** Puts back what the last capture changed in the register. */
export async function undoCapture(session: AssistSession): Promise<void> {
  const captured = session.state.captured;
  if (!captured) return;
  const answer = await register.undo(captured.citizenId);
  if (answer.ok) session.set({ captured: { ...captured, undone: true } });
  else session.set({ registerError: answer.error });
}
