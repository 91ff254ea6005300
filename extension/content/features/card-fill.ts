import browser from 'webextension-polyfill';
import type { FieldType } from '../../../shared/fields/field-types';
import type { FillPerson } from '../../../shared/fields/fill-person';
import type { RuntimeReply } from '../../../shared/protocol/runtime';
import { CARD_READ_PORT, isCardReadEvent } from '../../../shared/protocol/runtime-port';
import type { AssistSession } from '../assist-session';
import type { DetectedField } from '../detect/detected-field';
import { type FillEngine, fillEngine } from '../fill/fill-engine';
import type { Feature } from './feature-manager';

/** The fill engine's script could not be loaded (the extension was updated or its background is restarting). */
const ENGINE_UNAVAILABLE = {
  code: 'BACKGROUND_UNAVAILABLE',
  message: 'โหลดส่วนกรอกข้อมูลไม่สำเร็จ — กรุณาโหลดหน้าใหม่ (the fill engine could not be loaded: reload the page)',
} as const;

/** Reads the card through the background; the person comes back only to this tab. */
export function readCard(
  session: AssistSession,
  options: { onPhoto?: (jpegBase64: string) => void } = {},
): void {
  session.set({ phase: 'connecting', error: null, result: null, searchResults: null, fromRegister: false });
  const port = browser.runtime.connect({ name: CARD_READ_PORT });
  port.onMessage.addListener((raw: unknown) => {
    if (!isCardReadEvent(raw)) return;
    const event = raw;
    if (event.type === 'connecting') session.set({ phase: 'connecting' });
    else if (event.type === 'waiting') session.set({ phase: 'waiting' });
    else if (event.type === 'error') {
      session.set({ phase: 'error', error: event.error });
      port.disconnect();
    } else {
      port.disconnect();
      if (event.photo && options.onPhoto) options.onPhoto(event.photo);
      void preview(session, event.person);
    }
  });
  port.onDisconnect.addListener(() => {
    if (session.state.phase === 'connecting' || session.state.phase === 'waiting') {
      session.set({
        phase: 'error',
        error: { code: 'AGENT_UNAVAILABLE', message: 'การเชื่อมต่อกับส่วนขยายขาด (extension connection lost)' },
      });
    }
  });
  port.postMessage(options.onPhoto ? { type: 'start', photo: true } : { type: 'start' });
}

/** People saved before (the person cache), by name or citizen ID. */
export async function search(session: AssistSession, query: string): Promise<void> {
  const reply = (await browser.runtime.sendMessage({ type: 'person.search', query })) as RuntimeReply;
  session.set({ searchResults: 'people' in reply ? reply.people : [] });
}

/** Plans the fill and shows it; nothing is written to the page yet. */
export async function preview(session: AssistSession, person: FillPerson): Promise<void> {
  let engine: FillEngine;
  try {
    engine = await fillEngine();
  } catch {
    session.set({ phase: 'error', error: ENGINE_UNAVAILABLE });
    return;
  }
  const started = performance.now();
  // Re-detect: the page may have changed since load (tabs, postbacks).
  const fields = session.redetect();
  const { steps, missing, questions } = engine.planFill(fields, person, session.answers);
  // the session's marks, not this module's: the frame relay's script carries its own copy of this file
  session.highlight(steps.map((s) => s.field.element));
  session.set({
    phase: 'preview',
    person,
    steps,
    missing,
    questions,
    searchResults: null,
    planMs: performance.now() - started,
  });
}

/** The officer settles a close call: this field means `type` (or is skipped with null). */
export function answer(session: AssistSession, field: DetectedField, type: FieldType | null): void {
  if (type) session.answers.set(field.index, type);
  session.set({ questions: session.state.questions.filter((q) => q.field !== field) });
  if (type && session.state.person) void preview(session, session.state.person);
}

/** The officer picks one of several postcodes of the ตำบล. */
export function choosePostcode(session: AssistSession, code: string): void {
  const person = session.state.person;
  if (person?.postcodeCandidates.includes(code)) void preview(session, { ...person, postcode: code });
}

/** Fills the previewed steps; a card person is kept for the next form. */
export async function fill(session: AssistSession, overwrite: boolean): Promise<void> {
  const { person, steps, fromRegister } = session.state;
  if (!person) return;
  session.highlight([]);
  session.set({ phase: 'filling' });
  let result: Awaited<ReturnType<FillEngine['runFill']>>;
  try {
    result = await (await fillEngine()).runFill(steps, { overwrite });
  } catch {
    session.set({ phase: 'error', error: ENGINE_UNAVAILABLE });
    return;
  }
  session.set({ phase: 'filled', result });
  session.pageEdited();
  // A person from the register is already kept there; only a card read is remembered for the next form.
  if (!fromRegister && result.outcomes.some((o) => o.status === 'filled')) {
    await browser.runtime.sendMessage({ type: 'person.save', person: { ...person, source: 'cache' } });
  }
}

/** Card fill: the overlay's start panel (read card / search the cache) on pages with the card holder's fields. */
export const cardFillFeature: Feature = {
  id: 'card-fill',
  include: (session) => session.hasSubjectFields,
  init() {
    // Driven from the overlay (idle and preview panels); nothing to install on the page.
  },
};
