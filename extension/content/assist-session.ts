import type { ComponentChild } from 'preact';
import type { WireError } from '../../shared/errors';
import type { FieldType } from '../../shared/fields/field-types';
import type { FillPerson } from '../../shared/fields/fill-person';
import type { ProfilePage, SiteProfile } from '../../shared/profile/site-profile';
import type { FrameEntry } from '../../shared/protocol/frame-messages';
import type { ReadinessView } from '../../shared/protocol/readiness-messages';
import type { RegisterSummary } from '../../shared/protocol/register-messages';
import type { ChecklistPage, DraftSummary } from '../../shared/protocol/runtime';
import type { HistorySection } from '../../shared/register/history-sections';
import type { ChecklistItem } from './checklist/check-form';
import { findGuardedButtons } from './checklist/guard';
import { detectFields } from './detect/detect-fields';
import type { DetectedField } from './detect/detected-field';
import { findProfilePage } from './detect/resolve-profile';
import { answer, choosePostcode, fill, readCard } from './features/card-fill';
import type { SectionPick } from './features/section-picker';
import type { FillStep, MissingValue, Question } from './fill/fill-plan';
import type { FillResult } from './fill/run-fill';
import type { PortraitResult } from './forms/portrait-file';
import type { StatusFormState } from './forms/status-form';
import type { TransferState } from './forms/transfer-state';
import { clearHighlights, highlight } from './highlight';
import type { FormsTextKey } from './overlay/forms-text';
import type { RegisterRow } from './register/history-table';

/** An overlay panel that a lazily loaded feature brings in its own script (`provideFeature(feature, panel)`). */
export type FeaturePanel = ((props: {
  session: AssistSession;
  state: AssistState;
  lang: 'th' | 'en';
}) => ComponentChild) & {
  /** shown in every phase (e.g. a result that stays up after the fill); otherwise only while idle */
  anyPhase?: boolean;
  /** shown inside the guard panel (phase 'guard') instead of among the idle panels */
  inGuard?: boolean;
};

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
  /** the checklist (its own script, features/checklist.ts) has checked this form at least once */
  checklistChecked: boolean;
  /** what is still open on this site's other forms, shown when a guarded button (รับรองระดับ อปท.) is pressed */
  outstanding: ChecklistPage[];
  /** the officer read the checklist at the guard; the next click on the button goes through */
  guardAcknowledged: boolean;
  /** drafts of this form kept by the extension (offered for restore when they differ from the page) */
  drafts: DraftSummary[];
  draftRestored: { restored: number; missing: number } | null;
  /** the drafts of this form have been looked up (tests wait for it before saying none is offered) */
  draftsLoaded: boolean;
  /** the person in the preview came from the staff register (not kept again in the person cache) */
  fromRegister: boolean;
  /** register people matching the officer's search */
  registerMatches: RegisterSummary[] | null;
  /** the register's last refusal (LOCKED: log in and unlock first), shown in the overlay */
  registerError: WireError | null;
  /** a history page: the register rows its table does not show yet; `inForm` once the next one is in the form */
  history: {
    section: HistorySection;
    citizenId: string;
    pending: RegisterRow[];
    inForm: boolean;
    /** row fields the add-row form could not take (no such option) when the row was filled in */
    unfilled: string[];
    /** rows the register has for the section */
    total: number;
  } | null;
  /** what the last capture put into the register, until undone */
  captured: { citizenId: string; parts: string[]; rows: number; undone: boolean } | null;
  /** the staff list: people on this page the register now knows, and how many were new */
  listed: { seen: number; added: number } | null;
  /**
   * The whole-register certification checklist at the guard (computed by the background from the register);
   * 'pending' until it answers, null when there is none (logged out), with the reason in readinessError.
   */
  readiness: ReadinessView | 'pending' | null;
  readinessError: WireError | null;
  /** the transfer order's target-อปท. type-ahead (features/transfer-order.ts) */
  transfer: TransferState | null;
  /** the status-change form's retirement list (features/status-change.ts) */
  statusForm: StatusFormState | null;
  /** pages with several person sections (INFO09): each section's register pick (features/section-picker.ts) */
  sections: SectionPick[] | null;
  /** explanations the overlay shows next to a form's tricky controls (INFO08's fiscal-year rule) */
  formNotes: FormsTextKey[];
  /** the page takes a portrait photo (ก.ถ. registry): the overlay offers the card read with the photo */
  portraitForm: boolean;
  /** the card photo last put into the page's file input (size only; the photo itself is not kept) */
  portrait: PortraitResult | null;
  /** the overlay's frame: the forms of the tab's other frames (frames/host-frames.ts) */
  frames: FrameEntry[];
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
  fromRegister: false,
  registerMatches: null,
} satisfies Partial<AssistState>;

/**
 * What the features of one assisted page share (features/): the document, the detected fields, the profile page it
 * matched, and the overlay's state with its listeners. The assists themselves live in features/, one module each.
 * Holds no card data beyond the current preview; nothing is written to the page's storage.
 */
export class AssistSession {
  state: AssistState = {
    ...NO_READ,
    planMs: 0,
    checklist: [],
    checklistChecked: false,
    outstanding: [],
    guardAcknowledged: false,
    drafts: [],
    draftRestored: null,
    draftsLoaded: false,
    registerError: null,
    history: null,
    captured: null,
    listed: null,
    readiness: null,
    readinessError: null,
    transfer: null,
    statusForm: null,
    sections: null,
    formNotes: [],
    portraitForm: false,
    portrait: null,
    frames: [],
  };
  private listeners = new Set<() => void>();
  /** the page's fields as last detected (`redetect()` after the page changed: tabs, postbacks, fills) */
  fields: DetectedField[];
  page: ProfilePage | null;
  /** `id@version` of the site profile this page matched, shown to support staff; null on heuristics alone */
  profileInUse: string | null;
  guardedButtons: Element[];
  /** the officer's answers to close calls in the preview: field index → meaning */
  readonly answers = new Map<number, FieldType>();
  /** runs after anything changed the page's values (fill, undo, restore); the checklist hooks in here */
  readonly afterPageEdit = new Set<() => void>();
  /** a form's own checks beyond the fields' (e.g. the transfer target is not the officer's own อปท.) */
  readonly extraChecks = new Set<(fields: readonly DetectedField[]) => ChecklistItem[]>();
  /** panels of lazily loaded features, shown by the overlay in the idle phase in the order they came */
  readonly panels = new Map<string, FeaturePanel>();
  /** what a lazily loaded feature lets the tab's overlay do from another frame (frames/relay-frame.ts) */
  readonly frameActions: { draft?: () => void } = {};
  /**
   * The preview's actions, for its panel in the fill-preview feature script: through the session, that script carries
   * no second copy of the card-fill code (the frames relay fills with it too, so it stays in the content script).
   */
  readonly cardFill = { answer, choosePostcode, fill };
  /** lets the next click on a guarded button through (features/guard.ts installs it) */
  allowGuardedClick: (() => void) | null = null;

  constructor(
    readonly doc: Document,
    public profiles: readonly SiteProfile[],
  ) {
    this.fields = detectFields(doc, new URL(doc.location.href), profiles);
    const match = findProfilePage(doc, new URL(doc.location.href), profiles);
    this.page = match?.page ?? null;
    this.profileInUse = match ? `${match.profile.id}@${match.profile.version}` : null;
    this.guardedButtons = findGuardedButtons(doc, this.page?.guardedActions ?? []);
  }

  /** Other profiles from now on (teach mode patched them): the page is matched and detected again. */
  useProfiles(profiles: readonly SiteProfile[]): void {
    this.profiles = profiles;
    const match = findProfilePage(this.doc, new URL(this.doc.location.href), profiles);
    this.page = match?.page ?? null;
    this.profileInUse = match ? `${match.profile.id}@${match.profile.version}` : null;
    this.guardedButtons = findGuardedButtons(this.doc, this.page?.guardedActions ?? []);
    this.redetect();
    this.set({});
  }

  redetect(): DetectedField[] {
    this.fields = detectFields(this.doc, new URL(this.doc.location.href), this.profiles);
    return this.fields;
  }

  /** This form's id in drafts and checklists: the profile page id, else the path. */
  get formId(): string {
    return this.page?.id ?? this.doc.location.pathname;
  }

  /** Whether this page has anything of the card holder's to fill. */
  get hasSubjectFields(): boolean {
    return this.fields.some((f) => f.type !== null && f.scope === 'subject');
  }

  pageEdited(): void {
    for (const hook of this.afterPageEdit) hook();
  }

  /** Scrolls to a field and puts the cursor in it. */
  /**
   * Reads the card and fills this page (features/card-fill.ts). Lazily loaded features call it here, so the fill
   * and its highlights run in the content script's own modules, not in a copy carried by the feature's script.
   */
  readCard(options: { onPhoto?: (jpegBase64: string) => void } = {}): void {
    readCard(this, options);
  }

  /**
   * The officer has read the checklist at the guard: the next click on the guarded button is let through. On the
   * session (not a module's state) so the guard's lazily loaded readiness panel reaches the content script's guard.
   */
  acknowledgeGuard(): void {
    this.allowGuardedClick?.();
    this.set({ phase: 'idle', guardAcknowledged: true });
  }

  /** Marks elements until the next reset (highlight.ts), for lazily loaded features: the content script's own marks. */
  highlight(elements: readonly HTMLElement[]): void {
    highlight(elements);
  }

  focusField(field: DetectedField): void {
    field.element.scrollIntoView({ block: 'center' });
    field.element.focus();
    highlight([field.element]);
    setTimeout(clearHighlights, 1500);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reset(): void {
    clearHighlights();
    this.answers.clear();
    this.set({ ...NO_READ });
  }

  /** A feature's own overlay panel (its code travels in the feature's script, not in the content script). */
  addPanel(id: string, panel: FeaturePanel): void {
    this.panels.set(id, panel);
    this.set({});
  }

  removePanel(id: string): void {
    if (this.panels.delete(id)) this.set({});
  }

  set(patch: Partial<AssistState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
