import * as z from 'zod';
import { WireError } from '../errors';
import { FillPerson } from '../fields/fill-person';
import { ProfileHealth } from '../profile/profile-health';
import { SiteProfile } from '../profile/site-profile';
import { TeachPatch } from '../profile/teach-patch';
import { DraftData } from './draft-data';
import { FORMS_REPLIES, FORMS_REQUESTS } from './forms-messages';
import { FRAME_REPLIES, FRAME_REQUESTS } from './frame-messages';
import { LAZY_FEATURE_SCRIPTS } from './lazy-features';
import { PROVINCE_REPLIES, PROVINCE_REQUESTS } from './province-messages';
import { READINESS_REPLIES, READINESS_REQUESTS } from './readiness-messages';
import { REGISTER_REPLIES, REGISTER_REQUESTS } from './register-messages';

/**
 * Messages inside the extension: content script / popup ↔ background (`browser.runtime`). The background parses
 * every request with these schemas and checks the sender before acting.
 */

// ── requests (sendMessage) ───────────────────────────────────────────────────
export const AgentStatusRequest = z.object({ type: z.literal('agent.status') }).strict();
export const AgentPairRequest = z
  .object({ type: z.literal('agent.pair'), code: z.string().regex(/^\d{6}$/) })
  .strict();
export const AgentForgetRequest = z.object({ type: z.literal('agent.forget') }).strict();
export const PersonSearchRequest = z
  .object({ type: z.literal('person.search'), query: z.string().min(1).max(100) })
  .strict();
export const PersonSaveRequest = z.object({ type: z.literal('person.save'), person: FillPerson }).strict();

/** A form's checklist as the background keeps it: field labels and codes only, never a value. */
export const ChecklistPage = z
  .object({
    path: z.string().max(300),
    title: z.string().max(200),
    items: z
      .array(z.object({ label: z.string().max(200), code: z.string().regex(/^[A-Z_]+$/) }).strict())
      .max(300),
    at: z.string(),
  })
  .strict();
export type ChecklistPage = z.infer<typeof ChecklistPage>;
export const ChecklistReportRequest = z
  .object({ type: z.literal('checklist.report'), page: ChecklistPage })
  .strict();
export const ChecklistGetRequest = z.object({ type: z.literal('checklist.get') }).strict();

export const DraftSaveRequest = z.object({ type: z.literal('draft.save'), draft: DraftData }).strict();
export const DraftFindRequest = z
  .object({ type: z.literal('draft.find'), form: z.string().max(200) })
  .strict();
export const DraftDeleteRequest = z
  .object({ type: z.literal('draft.delete'), id: z.string().max(200) })
  .strict();
export const DraftResolveRequest = z
  .object({ type: z.literal('draft.resolve'), id: z.string().max(200), choice: z.enum(['mine', 'theirs']) })
  .strict();
export const BackendLoginRequest = z
  .object({
    type: z.literal('backend.login'),
    url: z.string().regex(/^https?:\/\/[^/]+$/),
    username: z.string().min(1).max(100),
    password: z.string().min(1).max(200),
  })
  .strict();
export const BackendLogoutRequest = z.object({ type: z.literal('backend.logout') }).strict();
/** Opens the officer's local register again after an idle lock or a browser restart (popup only). */
export const VaultUnlockRequest = z
  .object({ type: z.literal('vault.unlock'), password: z.string().min(1).max(200) })
  .strict();
/** Locks the register now (the popup's lock button). */
export const VaultLockRequest = z.object({ type: z.literal('vault.lock') }).strict();
export const SyncStatusRequest = z.object({ type: z.literal('sync.status') }).strict();
export const SyncNowRequest = z.object({ type: z.literal('sync.now') }).strict();
/** The site profiles synced from the backend (the content script merges them over its bundled ones). */
export const ProfilesGetRequest = z.object({ type: z.literal('profiles.get') }).strict();
/** Teach mode: the officer's change to this site's profile, applied locally at once and offered for approval. */
export const ProfilesTeachRequest = z
  .object({ type: z.literal('profiles.teach'), patch: TeachPatch })
  .strict();
/** A profile page whose fingerprint no longer matches this page (ids and counts only). */
export const ProfilesStaleRequest = z.object({ type: z.literal('profiles.stale'), report: ProfileHealth });
/** A content script asks for one of its feature scripts to be injected into its frame (lazy-features.ts). */
export const FeatureLoadRequest = z
  .object({ type: z.literal('feature.load'), script: z.enum(LAZY_FEATURE_SCRIPTS) })
  .strict();

/** A draft as the overlay sees it: the officer's version, whether it still waits to sync, and the other version. */
export const DraftSummary = z
  .object({ id: z.string(), draft: DraftData, pending: z.boolean(), conflict: DraftData.nullable() })
  .strict();
export type DraftSummary = z.infer<typeof DraftSummary>;

export const SyncStatus = z
  .object({
    loggedIn: z.boolean(),
    /** the register and drafts are closed until the officer enters the password again */
    locked: z.boolean(),
    pending: z.number().int(),
    conflicts: z.number().int(),
    lastSync: z.string().nullable(),
    lastError: WireError.nullable(),
  })
  .strict();
export type SyncStatus = z.infer<typeof SyncStatus>;

export const RuntimeRequest = z.discriminatedUnion('type', [
  DraftSaveRequest,
  DraftFindRequest,
  DraftDeleteRequest,
  DraftResolveRequest,
  BackendLoginRequest,
  BackendLogoutRequest,
  SyncStatusRequest,
  SyncNowRequest,
  ProfilesGetRequest,
  ProfilesTeachRequest,
  ProfilesStaleRequest,
  FeatureLoadRequest,
  ChecklistReportRequest,
  ChecklistGetRequest,
  AgentStatusRequest,
  AgentPairRequest,
  AgentForgetRequest,
  PersonSearchRequest,
  PersonSaveRequest,
  VaultUnlockRequest,
  VaultLockRequest,
  ...REGISTER_REQUESTS,
  ...PROVINCE_REQUESTS,
  ...READINESS_REQUESTS,
  ...FORMS_REQUESTS,
  ...FRAME_REQUESTS,
]);
export type RuntimeRequest = z.infer<typeof RuntimeRequest>;

/** What the popup and overlay show about the agent; no card data. */
export const AgentLinkStatus = z
  .object({
    paired: z.boolean(),
    connection: z.enum(['connected', 'connecting', 'unavailable', 'unpaired']),
    pcsc: z.enum(['up', 'down']).nullable(),
    readers: z.array(z.object({ name: z.string(), cardPresent: z.boolean() }).strict()),
    lastError: WireError.nullable(),
  })
  .strict();
export type AgentLinkStatus = z.infer<typeof AgentLinkStatus>;

export const RuntimeReply = z.union([
  z.object({ ok: z.literal(true), status: AgentLinkStatus }).strict(),
  z.object({ ok: z.literal(true), people: z.array(FillPerson) }).strict(),
  z.object({ ok: z.literal(true), checklist: z.array(ChecklistPage) }).strict(),
  z.object({ ok: z.literal(true), drafts: z.array(DraftSummary) }).strict(),
  z.object({ ok: z.literal(true), sync: SyncStatus }).strict(),
  // (the officer's taught patches already applied by the background: the page gets no patch list)
  z.object({ ok: z.literal(true), profiles: z.array(SiteProfile) }).strict(),
  ...REGISTER_REPLIES,
  ...PROVINCE_REPLIES,
  ...READINESS_REPLIES,
  ...FORMS_REPLIES,
  ...FRAME_REPLIES,
  z.object({ ok: z.literal(true) }).strict(),
  z.object({ ok: z.literal(false), error: WireError }).strict(),
]);
export type RuntimeReply = z.infer<typeof RuntimeReply>;

// ── the card-read port (runtime.connect, CARD_READ_PORT in runtime-port.ts): results go only to the tab that opened it ──

/** `photo`: the card photo too — asked only by a form that takes it (the ก.ถ. ปลัด registry's portrait). */
export const CardReadStart = z.object({ type: z.literal('start'), photo: z.boolean().optional() }).strict();

export const CardReadEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connecting') }).strict(),
  z.object({ type: z.literal('waiting') }).strict(),
  z
    .object({
      type: z.literal('result'),
      person: FillPerson,
      /** the card photo (JPEG, base64), only when the start asked for it */
      photo: z
        .string()
        .max(16 * 1024)
        .optional(),
    })
    .strict(),
  z.object({ type: z.literal('error'), error: WireError }).strict(),
]);
export type CardReadEvent = z.infer<typeof CardReadEvent>;
