import type { AssistSession } from '../assist-session';
import { recordToFillPerson } from '../register/record-to-fill';
import { register } from '../register/register-client';
import { preview } from './card-fill';
import type { Feature } from './feature-manager';

/** Finds people in the staff register by name or citizen ID (the background needs 2+ letters or 4+ digits). */
export async function searchRegister(session: AssistSession, query: string): Promise<void> {
  const answer = await register.search(query);
  if (answer.ok) session.set({ registerMatches: answer.value, registerError: null });
  else session.set({ registerMatches: null, registerError: answer.error });
}

/** Plans the fill of this page from the person's register record; the officer sees the preview first. */
export async function fillFromRegister(session: AssistSession, citizenId: string): Promise<void> {
  const answer = await register.get(citizenId);
  if (!answer.ok) {
    session.set({ registerError: answer.error });
    return;
  }
  if (!answer.value) return;
  await preview(session, recordToFillPerson(answer.value));
  session.set({ fromRegister: true, registerMatches: null });
}

/** Register fill: the personal-data and address pages fill from the staff register as from a card. */
export const registerFillFeature: Feature = {
  id: 'register-fill',
  include: (session) => session.hasSubjectFields,
  init() {
    // Driven from the overlay's start panel.
  },
};
