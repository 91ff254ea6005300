import browser from 'webextension-polyfill';
import type { RegisterSummary } from '../../../shared/protocol/register-messages';
import { CARD_READ_PORT, isCardReadEvent } from '../../../shared/protocol/runtime-port';
import type { AssistSession } from '../assist-session';
import { setControlValue } from '../fill/set-value';
import {
  personSections,
  personValues,
  type SectionValues,
  sectionChecks,
  sectionValues,
} from '../forms/person-sections';
import { register } from '../register/register-client';
import type { Feature } from './feature-manager';

/**
 * Pages with several person sections (INFO09's two administrators, seed 003): each section gets its own register
 * search, and a pick fills that section only — never the others, never the recorder. Each filled section is checked
 * (position present, phones valid).
 */
export interface SectionPick {
  index: number;
  matches: RegisterSummary[] | null;
  /** citizen ID of the person last put into this section */
  filled: string | null;
}

const sectionsOf = (session: AssistSession) => session.state.sections ?? [];

function update(session: AssistSession, index: number, patch: Partial<SectionPick>) {
  session.set({ sections: sectionsOf(session).map((s) => (s.index === index ? { ...s, ...patch } : s)) });
}

export async function searchForSection(session: AssistSession, index: number, query: string): Promise<void> {
  const answer = await register.search(query);
  if (answer.ok) update(session, index, { matches: answer.value });
  else session.set({ registerError: answer.error });
}

/** Writes one person's values into one section's controls; the other sections and the recorder stay as they are. */
function fillSectionValues(session: AssistSession, index: number, values: SectionValues, who: string): void {
  const section = personSections(session.redetect()).find((s) => s.index === index);
  if (!section) return;
  for (const field of section.fields) {
    const key = field === section.position ? 'position' : field.type;
    const value = key ? values[key] : undefined;
    if (value === undefined || value === '') continue;
    const el = field.element;
    if (el instanceof HTMLSelectElement) {
      const option = Array.from(el.options).find((o) => o.text.trim() === value || o.value === value);
      if (option) setControlValue(el, option.value);
    } else setControlValue(el, value);
  }
  update(session, index, { matches: null, filled: who });
  session.pageEdited();
}

export async function fillSection(session: AssistSession, index: number, citizenId: string): Promise<void> {
  const answer = await register.get(citizenId);
  if (!answer.ok) {
    session.set({ registerError: answer.error });
    return;
  }
  if (answer.value) fillSectionValues(session, index, sectionValues(answer.value), citizenId);
}

/** A card read for one section: the card holder's name goes into that section only (no preview of other fields). */
export function readCardForSection(session: AssistSession, index: number): void {
  session.set({ phase: 'connecting', error: null });
  const port = browser.runtime.connect({ name: CARD_READ_PORT });
  port.onMessage.addListener((raw: unknown) => {
    if (!isCardReadEvent(raw)) return;
    if (raw.type === 'connecting') session.set({ phase: 'connecting' });
    else if (raw.type === 'waiting') session.set({ phase: 'waiting' });
    else if (raw.type === 'error') {
      session.set({ phase: 'error', error: raw.error });
      port.disconnect();
    } else {
      port.disconnect();
      session.set({ phase: 'idle' });
      fillSectionValues(session, index, personValues(raw.person.name.th), raw.person.citizenId);
    }
  });
  port.postMessage({ type: 'start' });
}

export const sectionPickerFeature: Feature = {
  id: 'section-picker',
  include: (session) => personSections(session.fields).length >= 2,
  init(session, signal) {
    session.set({
      sections: personSections(session.fields).map((s) => ({ index: s.index, matches: null, filled: null })),
    });
    session.extraChecks.add(sectionChecks);
    signal.addEventListener('abort', () => session.extraChecks.delete(sectionChecks));
  },
};
