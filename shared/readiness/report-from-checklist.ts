import type { Checklist } from './checklist';
import { READINESS_REPORT_VERSION, ReadinessCode, type ReadinessReport } from './readiness-report';

export interface ReportContext {
  orgCode: string;
  /** ISO timestamp */
  generatedAt: string;
}

/**
 * The synced report for the province: counts per staff type and findings per code, never a citizen ID or a name.
 * A finding counts once however many fiscal years or rows it names.
 */
export function toReadinessReport(checklist: Checklist, ctx: ReportContext): ReadinessReport {
  const findings = Object.fromEntries(ReadinessCode.options.map((c) => [c, 0])) as Record<
    ReadinessCode,
    number
  >;
  for (const f of checklist.findings) findings[f.code]++;
  return {
    schemaVersion: READINESS_REPORT_VERSION,
    orgCode: ctx.orgCode,
    generatedAt: ctx.generatedAt,
    fiscalYear: checklist.fiscalYear,
    rulesVersion: checklist.rulesVersion,
    counts: checklist.counts.map((c) => ({ ...c })),
    findings,
    peopleTotal: checklist.peopleTotal,
    peopleComplete: checklist.peopleComplete,
    deadline: checklist.deadline?.end ?? null,
    daysLeft: checklist.deadline?.daysLeft ?? null,
    lpaScore: checklist.lpaScore,
    certifiedAt: null,
    certifiedAnyway: false,
  };
}

/** The synced record ids: `latest` is rewritten on every check; a certified copy is kept once per certification. */
export const LATEST_REPORT_ID = 'latest';

/**
 * The copy frozen when the site showed that "รับรองระดับ อปท." happened: the report as it stood, the time, and
 * whether the officer went ahead with items still open. Stored under `certified-<ISO time>`.
 */
export function certifiedCopy(
  report: ReadinessReport,
  certifiedAt: string,
): { id: string; report: ReadinessReport } {
  const open = Object.values(report.findings).some((n) => n > 0);
  return { id: `certified-${certifiedAt}`, report: { ...report, certifiedAt, certifiedAnyway: open } };
}
