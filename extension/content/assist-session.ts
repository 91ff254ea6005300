import browser from 'webextension-polyfill';
import type { WireError } from '../../shared/errors';
import type { FillPerson } from '../../shared/fields/fill-person';
import type { ProfilePage, SiteProfile } from '../../shared/profile/site-profile';
import type { ChecklistPage, RuntimeReply } from '../../shared/protocol/runtime';
import { CARD_READ_PORT, isCardReadEvent } from '../../shared/protocol/runtime-port';
import { type ChecklistItem, checkForm } from './checklist/check-form';
import { findGuardedButtons, installGuard } from './checklist/guard';
import { detectFields } from './detect/detect-fields';
import type { DetectedField } from './detect/detected-field';
import { findProfilePage } from './detect/resolve-profile';
import { fieldTitle } from './field-title';
import { type FillStep, type MissingValue, planFill } from './fill/fill-plan';
import { type FillResult, runFill } from './fill/run-fill';
import { clearHighlights, highlight } from './highlight';

export type Phase =
  | 'idle'
  | 'connecting'
  | 'waiting'
  | 'preview'
  | 'filling'
  | 'filled'
  | 'undone'
  | 'error'
  | 'guard';

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
  /** this form's required-but-empty and invalid fields, kept up to date as the officer types */
  checklist: ChecklistItem[];
  /** what is still open on this site's other forms, shown when a guarded button (รับรองระดับ อปท.) is pressed */
  outstanding: ChecklistPage[];
  /** the officer read the checklist at the guard; the next click on the button goes through */
  guardAcknowledged: boolean;
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
    checklist: [],
    outstanding: [],
    guardAcknowledged: false,
  };
  private guard: { allowNext(): void; remove(): void } | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private fields: DetectedField[];

  constructor(
    private readonly doc: Document,
    private readonly profiles: readonly SiteProfile[],
  ) {
    this.fields = detectFields(doc, new URL(doc.location.href), profiles);
    this.page = findProfilePage(doc, new URL(doc.location.href), profiles);
    this.guardedButtons = findGuardedButtons(doc, this.page?.guardedActions ?? []);
  }

  private readonly page: ProfilePage | null;
  readonly guardedButtons: Element[];

  /** Starts the live checklist and, where there are guarded buttons, the certify guard. */
  start(): void {
    this.refreshChecklist();
    const schedule = () => {
      if (this.checkTimer) clearTimeout(this.checkTimer);
      this.checkTimer = setTimeout(() => this.refreshChecklist(), 150);
    };
    this.doc.addEventListener('input', schedule, true);
    this.doc.addEventListener('change', schedule, true);
    if (this.guardedButtons.length > 0) {
      void this.loadOutstanding();
      this.guard = installGuard(this.doc, this.guardedButtons, {
        shouldStop: () => this.openItems() > 0,
        onStopped: () => this.set({ phase: 'guard', guardAcknowledged: false }),
      });
    }
  }

  /** Open checklist items on this site: other forms' reports plus this form's own. */
  openItems(): number {
    const here = this.doc.location.pathname;
    return (
      this.state.outstanding.filter((p) => p.path !== here).reduce((n, p) => n + p.items.length, 0) +
      this.state.checklist.length
    );
  }

  /** The officer has read the checklist at the guard: the next click on the guarded button is let through. */
  acknowledgeGuard(): void {
    this.guard?.allowNext();
    this.set({ phase: 'idle', guardAcknowledged: true });
  }

  /** Scrolls to a field and puts the cursor in it. */
  focusField(field: DetectedField): void {
    field.element.scrollIntoView({ block: 'center' });
    field.element.focus();
    highlight([field.element]);
    setTimeout(clearHighlights, 1500);
  }

  private async loadOutstanding(): Promise<void> {
    const reply = (await browser.runtime.sendMessage({ type: 'checklist.get' })) as RuntimeReply;
    if ('checklist' in reply) this.set({ outstanding: reply.checklist });
  }

  private refreshChecklist(): void {
    this.fields = detectFields(this.doc, new URL(this.doc.location.href), this.profiles);
    const checklist = checkForm(this.fields, new Date().getFullYear() + 543);
    this.set({ checklist });
    if (!this.fields.some((f) => f.type !== null && f.scope === 'subject')) return;
    const page: ChecklistPage = {
      path: this.doc.location.pathname,
      title: this.page?.titleTh ?? this.doc.title.slice(0, 200),
      items: checklist.map((i) => ({ label: fieldTitle(i.field), code: i.code })),
      at: new Date().toISOString(),
    };
    void browser.runtime.sendMessage({ type: 'checklist.report', page }).catch(() => {});
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

  /** Whether this page needs the overlay at all: something to fill or check, or a button to guard. */
  get isAssisted(): boolean {
    return this.hasSubjectFields || this.guardedButtons.length > 0;
  }

  async fill(overwrite: boolean): Promise<void> {
    const { person, steps } = this.state;
    if (!person) return;
    clearHighlights();
    this.set({ phase: 'filling' });
    const result = await runFill(steps, { overwrite });
    this.set({ phase: 'filled', result });
    this.refreshChecklist();
    if (result.outcomes.some((o) => o.status === 'filled')) {
      await browser.runtime.sendMessage({ type: 'person.save', person: { ...person, source: 'cache' } });
    }
  }

  undo(): void {
    this.state.result?.undo();
    this.set({ phase: 'undone' });
    this.refreshChecklist();
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
