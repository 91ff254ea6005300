import browser from 'webextension-polyfill';
import type { WireError } from '../../shared/errors';
import type { FieldType } from '../../shared/fields/field-types';
import type { FillPerson } from '../../shared/fields/fill-person';
import type { ProfilePage, SiteProfile } from '../../shared/profile/site-profile';
import type { ChecklistPage, DraftSummary, RuntimeReply } from '../../shared/protocol/runtime';
import { CARD_READ_PORT, isCardReadEvent } from '../../shared/protocol/runtime-port';
import { type ChecklistItem, checkForm } from './checklist/check-form';
import { findGuardedButtons, installGuard } from './checklist/guard';
import { detectFields } from './detect/detect-fields';
import type { DetectedField } from './detect/detected-field';
import { findProfilePage } from './detect/resolve-profile';
import { collectDraftFields, recordKeyOf } from './drafts/draft-fields';
import { restoreDraft } from './drafts/restore-draft';
import { fieldTitle } from './field-title';
import { type FillStep, type MissingValue, planFill, type Question } from './fill/fill-plan';
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
  /** close calls the officer is asked to settle in the preview */
  questions: Question[];
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
  /** drafts of this form kept by the extension (offered for restore when they differ from the page) */
  drafts: DraftSummary[];
  draftRestored: { restored: number; missing: number } | null;
}

/** The part of the state one card read or search uses; `reset()` returns to it. */
const NO_READ = {
  phase: 'idle',
  person: null,
  steps: [],
  missing: [],
  questions: [],
  result: null,
  error: null,
  searchResults: null,
} satisfies Partial<AssistState>;

/**
 * One assisted page: detection, the card read through the background, preview, fill and undo. Holds no card
 * data beyond the current preview; nothing is written to the page's storage.
 */
export class AssistSession {
  state: AssistState = {
    ...NO_READ,
    planMs: 0,
    checklist: [],
    outstanding: [],
    guardAcknowledged: false,
    drafts: [],
    draftRestored: null,
  };
  private draftTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRecordKey: string | null = null;
  private guard: { allowNext(): void; remove(): void } | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private fields: DetectedField[];

  constructor(
    private readonly doc: Document,
    private readonly profiles: readonly SiteProfile[],
  ) {
    this.fields = detectFields(doc, new URL(doc.location.href), profiles);
    const match = findProfilePage(doc, new URL(doc.location.href), profiles);
    this.page = match?.page ?? null;
    this.profileInUse = match ? `${match.profile.id}@${match.profile.version}` : null;
    this.guardedButtons = findGuardedButtons(doc, this.page?.guardedActions ?? []);
  }

  private readonly page: ProfilePage | null;
  /** `id@version` of the site profile this page matched, shown to support staff; null on heuristics alone */
  readonly profileInUse: string | null;
  readonly guardedButtons: Element[];

  /** Starts the live checklist and, where there are guarded buttons, the certify guard. */
  start(): void {
    this.refreshChecklist();
    const schedule = () => {
      if (this.checkTimer) clearTimeout(this.checkTimer);
      this.checkTimer = setTimeout(() => this.refreshChecklist(), 150);
    };
    const autosave = (event: Event) => {
      // Only the officer's own typing autosaves: a page script dispatching synthetic input events must not create
      // synced drafts (issue 15 §15).
      if (!event.isTrusted) return;
      // Typing into the overlay (search box) is not part of the page's form.
      if (event.target instanceof Element && event.target.closest('lhr-assist-overlay')) return;
      if (this.draftTimer) clearTimeout(this.draftTimer);
      this.draftTimer = setTimeout(() => void this.saveDraft(), 800);
    };
    this.doc.addEventListener('input', schedule, true);
    this.doc.addEventListener('change', schedule, true);
    if (this.hasSubjectFields) {
      this.doc.addEventListener('input', autosave, true);
      this.doc.addEventListener('change', autosave, true);
      void this.loadDrafts();
    }
    if (this.guardedButtons.length > 0) {
      void this.loadOutstanding();
      this.guard = installGuard(this.doc, this.guardedButtons, {
        shouldStop: () => this.openItems() > 0,
        onStopped: () => this.set({ phase: 'guard', guardAcknowledged: false }),
      });
    }
  }

  private get formId(): string {
    return this.page?.id ?? this.doc.location.pathname;
  }

  private async loadDrafts(): Promise<void> {
    const reply = (await browser.runtime.sendMessage({
      type: 'draft.find',
      form: this.formId,
    })) as RuntimeReply;
    if (!('drafts' in reply)) return;
    const current = JSON.stringify(collectDraftFields(this.fields));
    this.set({
      drafts: reply.drafts.filter((d) => JSON.stringify(d.draft.fields) !== current || d.conflict),
    });
  }

  /** Saves what the officer typed as a draft of this form (encrypted in the extension, synced when possible). */
  async saveDraft(): Promise<void> {
    this.fields = detectFields(this.doc, new URL(this.doc.location.href), this.profiles);
    const fields = collectDraftFields(this.fields);
    if (fields.length === 0) return;
    const recordKey = recordKeyOf(this.fields);
    if (this.lastRecordKey === 'new' && recordKey !== 'new') {
      await browser.runtime.sendMessage({
        type: 'draft.delete',
        id: `${this.doc.location.origin}|${this.formId}|new`,
      });
    }
    this.lastRecordKey = recordKey;
    const draft = {
      site: this.doc.location.origin,
      form: this.formId,
      recordKey,
      title: this.page?.titleTh ?? this.doc.title.slice(0, 200),
      fields,
      savedAt: new Date().toISOString(),
    };
    await browser.runtime.sendMessage({ type: 'draft.save', draft });
  }

  async restoreDraft(summary: DraftSummary, version: 'mine' | 'theirs' = 'mine'): Promise<void> {
    const chosen = version === 'theirs' && summary.conflict ? summary.conflict : summary.draft;
    if (summary.conflict)
      await browser.runtime.sendMessage({ type: 'draft.resolve', id: summary.id, choice: version });
    const result = await restoreDraft(this.doc, chosen.fields);
    this.set({ drafts: [], draftRestored: { restored: result.restored, missing: result.missing.length } });
    this.refreshChecklist();
  }

  async discardDraft(summary: DraftSummary): Promise<void> {
    await browser.runtime.sendMessage({ type: 'draft.delete', id: summary.id });
    this.set({ drafts: this.state.drafts.filter((d) => d.id !== summary.id) });
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
    const { steps, missing, questions } = planFill(this.fields, person, this.answers);
    highlight(steps.map((s) => s.field.element));
    this.set({
      phase: 'preview',
      person,
      steps,
      missing,
      questions,
      searchResults: null,
      planMs: performance.now() - started,
    });
  }

  private readonly answers = new Map<number, FieldType>();

  /** The officer settles a close call: this field means `type` (or is skipped with null). */
  answer(field: DetectedField, type: FieldType | null): void {
    if (type) this.answers.set(field.index, type);
    this.set({ questions: this.state.questions.filter((q) => q.field !== field) });
    if (type && this.state.person) this.preview(this.state.person);
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
    this.answers.clear();
    this.set({ ...NO_READ });
  }

  private set(patch: Partial<AssistState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
