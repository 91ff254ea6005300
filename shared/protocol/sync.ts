import * as z from 'zod';
import { CollectionName } from '../sync/collections';

/**
 * Client ↔ backend (HTTPS JSON). Every body and query is parsed with these schemas on arrival; the backend answers
 * bad input with 400 and a stable code, never a 500.
 */

export const Role = z.enum(['officer', 'supervisor', 'admin']);
export type Role = z.infer<typeof Role>;

export const LoginRequest = z
  .object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })
  .strict();
export const RefreshRequest = z.object({ refreshToken: z.string().min(20).max(200) }).strict();
export const TokenPair = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    expiresInSec: z.number().int(),
    user: z
      .object({
        id: z.string(),
        role: Role,
        orgCode: z.string().nullable(),
        provinceCode: z.string().nullable(),
      })
      .strict(),
  })
  .strict();
export type TokenPair = z.infer<typeof TokenPair>;

/** What is synced: the names declared in `shared/sync/collections.ts` (scope and record schema live there). */
export const Collection = CollectionName;
export type Collection = CollectionName;

/** Printable text: ids are stored in text columns, and PostgreSQL holds neither NUL nor half a UTF-16 pair. */
const RecordId = z
  .string()
  .min(1)
  .max(200)
  .refine((id) => !/[\p{Cc}\p{Cs}]/u.test(id), 'no control characters or broken characters');

/**
 * The content of a record: any JSON object, passed through as received. Not `z.record`, which copies the object key by
 * key and so drops an own `"__proto__"` key (assigning it sets the prototype instead): data must round-trip exactly.
 */
export const RecordData = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'a JSON object',
);

/** A province (จังหวัด) code: 2 digits, as in users.province_code and orgs.province_code. */
const ProvinceCode = z.string().regex(/^\d{2}$/);

export const PushChange = z
  .object({
    collection: Collection,
    id: RecordId,
    /** the server revision this edit was based on; 0 for a new record */
    baseRev: z.number().int().min(0),
    /** the new content, or null to delete (a tombstone is kept) */
    data: RecordData.nullable(),
  })
  .strict();
export type PushChange = z.infer<typeof PushChange>;

export const PushRequest = z
  .object({
    /** the same key replays the stored answer instead of applying twice (a lost response is recovered by retrying) */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    changes: z.array(PushChange).min(1).max(200),
    /** the province stream an admin writes (province-scoped collections); a supervisor writes only his own */
    province: ProvinceCode.optional(),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequest>;

export const SyncedRecord = z
  .object({
    collection: Collection,
    id: RecordId,
    rev: z.number().int(),
    seq: z.number().int(),
    deleted: z.boolean(),
    data: RecordData.nullable(),
  })
  .strict();
export type SyncedRecord = z.infer<typeof SyncedRecord>;

export const PushResponse = z
  .object({
    applied: z.array(
      z
        .object({ collection: Collection, id: RecordId, rev: z.number().int(), seq: z.number().int() })
        .strict(),
    ),
    /** edits whose base revision is not the server's: never applied, the officer chooses */
    conflicts: z.array(z.object({ change: PushChange, server: SyncedRecord }).strict()),
  })
  .strict();
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z
  .object({
    collection: Collection,
    cursor: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
    /** supervisors and admins read another อปท. of their scope */
    org: z
      .string()
      .regex(/^\d{7}$/)
      .optional(),
    /** the province stream an admin reads (province-scoped collections); others read their own province's */
    province: ProvinceCode.optional(),
  })
  .strict();
export type PullQuery = z.infer<typeof PullQuery>;

export const PullResponse = z
  .object({ records: z.array(SyncedRecord), cursor: z.number().int(), hasMore: z.boolean() })
  .strict();
export type PullResponse = z.infer<typeof PullResponse>;

// The draft shape lives in its own file: the collections declaration needs it, and this file needs the collections.
export { DraftData } from './draft-data';

/** Audit events the agent pushes (P-15): never a card value. */
export const AuditUpload = z
  .object({
    deviceId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    events: z
      .array(
        z
          .object({
            time: z.string(),
            event: z.string().max(50),
            reason: z.string().max(100).optional(),
            clientId: z.string().max(100).optional(),
            pageOrigin: z.string().max(200).optional(),
            fields: z.array(z.string().max(30)).max(20).optional(),
            outcome: z.string().max(50).optional(),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();
export type AuditUpload = z.infer<typeof AuditUpload>;
