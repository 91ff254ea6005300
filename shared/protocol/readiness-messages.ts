import * as z from 'zod';
import { ManpowerPlan } from '../readiness/manpower-plan';
import { StaffType } from '../register/staff-type';

/**
 * Runtime messages of the whole-register certification checklist (the guard on "รับรองระดับ อปท.", the report page,
 * the popup's plan). The background computes the checklist from the officer's register; pages only show it.
 */

/** The checklist over the whole register, computed now, as the panel and the report show it. */
export const ReadinessCheckRequest = z.object({ type: z.literal('readiness.check') }).strict();
/** The officer ticked "certify anyway" at the guard: recorded (synced) with the checklist as it stood. */
export const ReadinessAcknowledgeRequest = z.object({ type: z.literal('readiness.acknowledge') }).strict();
/** The site shows "ประวัติการรับรองข้อมูล" after a certification: the frozen copy is recorded once per `at`. */
export const ReadinessCertifiedRequest = z
  .object({ type: z.literal('readiness.certified'), at: z.string().max(40) })
  .strict();
/** The guard's jump: remember which person the officer wants (kept in the background for the staff list). */
export const ReadinessJumpRequest = z
  .object({ type: z.literal('readiness.jump'), citizenId: z.string().regex(/^\d{13}$/) })
  .strict();
/** The staff list asks who the officer jumped to (once; the answer is forgotten after it is read). */
export const ReadinessJumpTargetRequest = z.object({ type: z.literal('readiness.jumpTarget') }).strict();
/** Opens the printable report (an extension page, which the LHR page itself may not open). */
export const ReportOpenRequest = z.object({ type: z.literal('report.open') }).strict();
export const PlanGetRequest = z.object({ type: z.literal('plan.get') }).strict();
export const PlanSetRequest = z.object({ type: z.literal('plan.set'), plan: ManpowerPlan }).strict();

export const READINESS_REQUESTS = [
  ReadinessCheckRequest,
  ReadinessAcknowledgeRequest,
  ReadinessCertifiedRequest,
  ReadinessJumpRequest,
  ReadinessJumpTargetRequest,
  ReportOpenRequest,
  PlanGetRequest,
  PlanSetRequest,
] as const;

const ReportRowView = z
  .object({
    staffType: StaffType.nullable(),
    label: z.string(),
    planned: z.number().int().nullable(),
    recorded: z.number().int(),
    complete: z.number().int(),
    inLhrList: z.number().int(),
    percent: z.number().int().nullable(),
  })
  .strict();

/** `ReportModel` (extension/report/report-model.ts) on the wire: what the panel, the report and the .docx lay out. */
export const ReportModelView = z
  .object({
    orgName: z.string(),
    dateText: z.string(),
    fiscalYear: z.number().int(),
    rulesVersion: z.string(),
    rows: z.array(ReportRowView),
    total: ReportRowView,
    deadline: z
      .object({
        dateText: z.string(),
        daysLeft: z.number().int(),
        estimated: z.boolean(),
        source: z.string(),
      })
      .strict()
      .nullable(),
    lpaScore: z.union([z.literal(0), z.literal(5)]),
    officeItems: z.array(z.string()),
    people: z.array(
      z
        .object({
          name: z.string(),
          type: z.string(),
          items: z.array(z.string()),
          /** for the guard's jump only; the printed report never shows it */
          citizenId: z.string().optional(),
          codes: z.array(z.string()).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const ReadinessView = z
  .object({
    model: ReportModelView,
    plan: ManpowerPlan,
    /** the last "certify anyway" the officer recorded (ISO time), kept across browser restarts */
    acknowledgedAt: z.string().nullable(),
  })
  .strict();
export type ReadinessView = z.infer<typeof ReadinessView>;

export const ReadinessReply = z.object({ ok: z.literal(true), readiness: ReadinessView }).strict();
export const ReadinessJumpReply = z
  .object({
    ok: z.literal(true),
    jumpTo: z
      .string()
      .regex(/^\d{13}$/)
      .nullable(),
  })
  .strict();
export const PlanReply = z.object({ ok: z.literal(true), plan: ManpowerPlan }).strict();

export const READINESS_REPLIES = [ReadinessReply, ReadinessJumpReply, PlanReply] as const;
