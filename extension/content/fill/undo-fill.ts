import type { AssistSession } from '../assist-session';

/**
 * Puts back what the page held before the last fill. A module of its own so the fill report's feature script (and the
 * frames relay) can offer undo without carrying the card-fill code.
 */
export function undo(session: AssistSession): void {
  session.state.result?.undo();
  session.set({ phase: 'undone' });
  session.pageEdited();
}
