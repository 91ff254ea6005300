import * as z from 'zod';
import { PartialDateSchema } from '../card/card-record';
import { OrgRecord } from '../forms/org-record';
import { StaffStatus } from '../register/staff-type';

/**
 * Runtime messages of the other DLA forms (docs/forms.md): the target-อปท. type-ahead over the national org registry,
 * and the register update after a status change or an approved transfer order. The background parses each with
 * these schemas; the content script checks the replies by shape (no zod there).
 */

/**
 * Thai type-ahead over the org registry ("อบต.บ้านใหม่", "บ้านใหม่ นครราชสีมา", a code prefix). An empty query
 * answers only the officer's own อปท. code (the transfer target must differ from it).
 */
export const OrgsSearchRequest = z
  .object({
    type: z.literal('orgs.search'),
    query: z.string().trim().max(100),
    limit: z.number().int().min(1).max(20).default(10),
  })
  .strict();

/** The form's change as typed on the page; the background applies it with `applyStatusChange`. */
export const StatusChangeInput = z
  .object({
    status: StaffStatus.exclude(['active']),
    effectiveDate: z.string().max(40),
    orderNo: z.string().max(100),
    orderDate: z.string().max(40),
  })
  .strict();

/** Records a status change (or an approved transfer: `transferred-out`) in the register; history is kept. */
export const RegisterStatusChangeRequest = z
  .object({
    type: z.literal('register.statusChange'),
    citizenId: z.string().regex(/^\d{13}$/),
    change: StatusChangeInput,
  })
  .strict();

/** Who retires this fiscal year and who is past retirement but still active (the status-change form's list). */
export const RegisterRetirementsRequest = z.object({ type: z.literal('register.retirements') }).strict();

export const FORMS_REQUESTS = [
  OrgsSearchRequest,
  RegisterStatusChangeRequest,
  RegisterRetirementsRequest,
] as const;

export const OrgsReply = z
  .object({ ok: z.literal(true), orgs: z.array(OrgRecord), own: z.string().nullable() })
  .strict();
/** `recorded` is false when the register does not know the person (nothing to update). */
export const StatusRecordedReply = z.object({ ok: z.literal(true), recorded: z.boolean() }).strict();

export const RetirementRow = z
  .object({
    citizenId: z.string().regex(/^\d{13}$/),
    /** the Thai name as the register shows it (title, first, last) */
    name: z.string(),
    retirementDate: PartialDateSchema,
    overdue: z.boolean(),
  })
  .strict();
export type RetirementRow = z.infer<typeof RetirementRow>;
export const RetirementsReply = z
  .object({ ok: z.literal(true), retirements: z.array(RetirementRow) })
  .strict();

export const FORMS_REPLIES = [OrgsReply, StatusRecordedReply, RetirementsReply] as const;
