import * as z from 'zod';
import { PartialDateSchema } from '../card/card-record';
import { HISTORY_SECTIONS, type HistorySection } from '../register/history-sections';
import { PersonRecord, RegisterAddress } from '../register/person-record';
import { StaffStatus, StaffType } from '../register/staff-type';

/**
 * Runtime messages for the staff register kept (encrypted) by the background: content scripts and extension pages
 * ask, the background parses each request with these schemas, checks the sender and answers. The register opens only
 * while the officer is logged in and unlocked; searches are rate-limited and need a minimum query (anti-enumeration).
 */

/** Where a change came from: the card reader, a spreadsheet import, a saved LHR page, the officer, the LHR staff list. */
export const RegisterSource = z.enum(['card', 'import', 'capture', 'manual', 'list']);
export type RegisterSource = z.infer<typeof RegisterSource>;

const citizenId = z.string().regex(/^\d{13}$/);
const shape = PersonRecord.shape;

/** The identity part a card (or a captured personal-data page) fills: it never touches the history sections. */
export const RegisterIdentity = z
  .object({
    name: shape.name,
    birthDate: PartialDateSchema.nullable(),
    sex: z.enum(['male', 'female', 'unknown']),
  })
  .strict();
export type RegisterIdentity = z.infer<typeof RegisterIdentity>;

/**
 * One or more parts of a record to merge. A part that is present replaces that part (a captured page shows a whole
 * section); a part that is absent is kept as it is. No defaults here on purpose: absent must never mean "empty".
 */
export const RegisterPatch = z
  .object({
    staffType: StaffType.optional(),
    identity: RegisterIdentity.optional(),
    address: RegisterAddress.optional(),
    currentAddress: RegisterAddress.nullable().optional(),
    contacts: shape.contacts.unwrap().optional(),
    family: shape.family.unwrap().optional(),
    appointment: shape.appointment.unwrap().optional(),
    education: shape.education.unwrap().optional(),
    positions: shape.positions.unwrap().optional(),
    decorations: shape.decorations.unwrap().optional(),
    leave: shape.leave.unwrap().optional(),
    training: shape.training.unwrap().optional(),
    discipline: shape.discipline.unwrap().optional(),
    academicStandings: shape.academicStandings.unwrap().optional(),
    teachingLicences: shape.teachingLicences.unwrap().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'empty patch');
export type RegisterPatch = z.infer<typeof RegisterPatch>;

/** The part keys of a patch, also the keys of `provenance.sections`. */
export const REGISTER_PARTS = [
  'staffType',
  'identity',
  'address',
  'currentAddress',
  'contacts',
  'family',
  'appointment',
  ...(Object.keys(HISTORY_SECTIONS) as HistorySection[]),
] as const;
export type RegisterPart = (typeof REGISTER_PARTS)[number];

/** What a list or a search shows about a person: enough to pick the right one, nothing more. */
export const RegisterSummary = z
  .object({
    citizenId,
    staffType: StaffType,
    status: StaffStatus,
    name: z.object({ title: z.string(), first: z.string(), middle: z.string(), last: z.string() }).strict(),
    updatedAt: z.string(),
    listedInLhr: z.boolean(),
  })
  .strict();
export type RegisterSummary = z.infer<typeof RegisterSummary>;

// ── requests ────────────────────────────────────────────────────────────────

/**
 * By citizen-ID prefix (4+ digits; dashes, spaces and Thai digits allowed) or by the start of a name word
 * (2+ letters). At most 10 matches.
 */
export const RegisterSearchRequest = z
  .object({
    type: z.literal('register.search'),
    query: z.string().trim().min(2).max(100),
    limit: z.number().int().min(1).max(10).default(10),
  })
  .strict();

export const RegisterGetRequest = z.object({ type: z.literal('register.get'), citizenId }).strict();

/** Merge one or more parts of one person; creating a person needs `staffType` and `identity` in the patch. */
export const RegisterSaveRequest = z
  .object({ type: z.literal('register.save'), citizenId, source: RegisterSource, patch: RegisterPatch })
  .strict();

/** Whole records from a spreadsheet, in chunks of at most 1,000 (5,000 rows = 5 messages); extension pages only. */
export const RegisterBulkImportRequest = z
  .object({ type: z.literal('register.bulkImport'), records: z.array(PersonRecord).min(1).max(1000) })
  .strict();

/** Puts back the parts the person's last save changed (the "undo capture" button). */
export const RegisterUndoRequest = z.object({ type: z.literal('register.undo'), citizenId }).strict();

/** A page of summaries for the checklist and the register view, sorted by Thai name. */
export const RegisterListRequest = z
  .object({
    type: z.literal('register.list'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
    staffType: StaffType.optional(),
    status: StaffStatus.optional(),
  })
  .strict();

export const REGISTER_REQUESTS = [
  RegisterSearchRequest,
  RegisterGetRequest,
  RegisterSaveRequest,
  RegisterBulkImportRequest,
  RegisterUndoRequest,
  RegisterListRequest,
] as const;

// ── replies (members of RuntimeReply) ───────────────────────────────────────

export const RegisterMatchesReply = z
  .object({ ok: z.literal(true), matches: z.array(RegisterSummary) })
  .strict();
export const RegisterRecordReply = z
  .object({ ok: z.literal(true), record: PersonRecord.nullable() })
  .strict();
export const RegisterSavedReply = z
  .object({
    ok: z.literal(true),
    saved: z.object({ citizenId, created: z.boolean(), parts: z.array(z.string()) }).strict(),
  })
  .strict();
export const RegisterImportedReply = z
  .object({
    ok: z.literal(true),
    imported: z
      .object({ added: z.number().int(), updated: z.number().int(), total: z.number().int() })
      .strict(),
  })
  .strict();
export const RegisterUndoneReply = z
  .object({ ok: z.literal(true), undone: z.object({ citizenId, parts: z.array(z.string()) }).strict() })
  .strict();
export const RegisterPageReply = z
  .object({
    ok: z.literal(true),
    page: z
      .object({
        people: z.array(RegisterSummary),
        total: z.number().int(),
        nextOffset: z.number().int().nullable(),
      })
      .strict(),
  })
  .strict();

export const REGISTER_REPLIES = [
  RegisterMatchesReply,
  RegisterRecordReply,
  RegisterSavedReply,
  RegisterImportedReply,
  RegisterUndoneReply,
  RegisterPageReply,
] as const;
