import browser from 'webextension-polyfill';
import type { WireError } from '../../shared/errors';
import type { FillPerson } from '../../shared/fields/fill-person';
import type { SiteProfile } from '../../shared/profile/site-profile';
import type { RuntimeReply } from '../../shared/protocol/runtime';
import { CARD_READ_PORT, isCardReadEvent } from '../../shared/protocol/runtime-port';
import { detectFields } from './detect/detect-fields';
import type { DetectedField } from './detect/detected-field';
import { type FillStep, type MissingValue, planFill } from './fill/fill-plan';
import { type FillResult, runFill } from './fill/run-fill';
import { clearHighlights, highlight } from './highlight';

export type Phase = 'idle' | 'connecting' | 'waiting' | 'preview' | 'filling' | 'filled' | 'undone' | 'error';

export interface AssistState {
  phase: Phase;
  person: FillPerson | null;
  steps: FillStep[];
  missing: MissingValue[];
  result: FillResult | null;
  error: WireError | null;
  searchResults: FillPerson[] | null;
  /** time from the person reaching the tab to the preview being ready (detection + plan), for the benchmark */
  planMs: number;
}

/**
 * One assisted page: detection, the card read through the background, preview, fill and undo. Holds no card
 * data beyond the current preview; nothing is written to the page's storage.
 */
export class AssistSession {
  state: AssistState = {
    phase: 'idle',
    person: null,
    steps: [],
    missing: [],
    result: null,
    error: null,
    searchResults: null,
    planMs: 0,
  };
  private listeners = new Set<() => void>();
  private fields: DetectedField[];

  constructor(
    private readonly doc: Document,
    private readonly profiles: readonly SiteProfile[],
  ) {
    this.fields = detectFields(doc, new URL(doc.location.href), profiles);
  }

  /** Whether this page has anything of the card holder's to fill. */
  get hasSubjectFields(): boolean {
    return this.fields.some((f) => f.type !== null && f.scope === 'subject');
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readCard(): void {
    this.set({ phase: 'connecting', error: null, result: null, searchResults: null });
    const port = browser.runtime.connect({ name: CARD_READ_PORT });
    port.onMessage.addListener((raw: unknown) => {
      if (!isCardReadEvent(raw)) return;
      const event = raw;
      if (event.type === 'connecting') this.set({ phase: 'connecting' });
      else if (event.type === 'waiting') this.set({ phase: 'waiting' });
      else if (event.type === 'error') {
        this.set({ phase: 'error', error: event.error });
        port.disconnect();
      } else {
        port.disconnect();
        this.preview(event.person);
      }
    });
    port.onDisconnect.addListener(() => {
      if (this.state.phase === 'connecting' || this.state.phase === 'waiting') {
        this.set({
          phase: 'error',
          error: { code: 'AGENT_UNAVAILABLE', message: 'การเชื่อมต่อกับส่วนขยายขาด (extension connection lost)' },
        });
      }
    });
    port.postMessage({ type: 'start' });
  }

  async search(query: string): Promise<void> {
    const reply = (await browser.runtime.sendMessage({ type: 'person.search', query })) as RuntimeReply;
    this.set({ searchResults: 'people' in reply ? reply.people : [] });
  }

  preview(person: FillPerson): void {
    const started = performance.now();
    // Re-detect: the page may have changed since load (tabs, postbacks).
    this.fields = detectFields(this.doc, new URL(this.doc.location.href), this.profiles);
    const { steps, missing } = planFill(this.fields, person);
    highlight(steps.map((s) => s.field.element));
    this.set({
      phase: 'preview',
      person,
      steps,
      missing,
      searchResults: null,
      planMs: performance.now() - started,
    });
  }

  /** The officer picks one of several postcodes of the ตำบล. */
  choosePostcode(code: string): void {
    const person = this.state.person;
    if (person?.postcodeCandidates.includes(code)) this.preview({ ...person, postcode: code });
  }

  async fill(overwrite: boolean): Promise<void> {
    const { person, steps } = this.state;
    if (!person) return;
    clearHighlights();
    this.set({ phase: 'filling' });
    const result = await runFill(steps, { overwrite });
    this.set({ phase: 'filled', result });
    if (result.outcomes.some((o) => o.status === 'filled')) {
      await browser.runtime.sendMessage({ type: 'person.save', person: { ...person, source: 'cache' } });
    }
  }

  undo(): void {
    this.state.result?.undo();
    this.set({ phase: 'undone' });
  }

  reset(): void {
    clearHighlights();
    this.set({
      phase: 'idle',
      person: null,
      steps: [],
      missing: [],
      result: null,
      error: null,
      searchResults: null,
    });
  }

  private set(patch: Partial<AssistState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
