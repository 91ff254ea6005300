import type { Checklist } from '../../shared/readiness/checklist';
import type { PersonRecord } from '../../shared/register/person-record';
import { STAFF_TYPE_LABELS, type StaffType } from '../../shared/register/staff-type';
import { findingText, thaiDay } from './finding-text';

/**
 * What the printed report and the .docx show, worked out once: both renderers only lay it out. The report stays on
 * the officer's PC (print or file for the นายก/ปลัด), so it names people with open items; it never prints citizen IDs.
 */
export interface ReportModel {
  orgName: string;
  /** e.g. `20 กรกฎาคม 2569` */
  dateText: string;
  fiscalYear: number;
  rulesVersion: string;
  rows: ReportRow[];
  total: ReportRow;
  deadline: { dateText: string; daysLeft: number; estimated: boolean; source: string } | null;
  lpaScore: 0 | 5;
  /** findings about the whole office (counts against the plan) */
  officeItems: string[];
  /** people with something open, in register order */
  people: { name: string; type: string; items: string[]; citizenId?: string; codes?: string[] }[];
}

export interface ReportRow {
  staffType: StaffType | null;
  label: string;
  planned: number | null;
  recorded: number;
  complete: number;
  inLhrList: number;
  /** complete / recorded in whole percent; null with nobody recorded */
  percent: number | null;
}

const percent = (complete: number, recorded: number) =>
  recorded === 0 ? null : Math.floor((complete * 100) / recorded);

export function buildReportModel(
  checklist: Checklist,
  people: readonly PersonRecord[],
  orgName: string,
): ReportModel {
  const rows: ReportRow[] = checklist.counts.map((c) => ({
    ...c,
    label: STAFF_TYPE_LABELS[c.staffType].th,
    percent: percent(c.complete, c.recorded),
  }));
  const sum = (pick: (r: ReportRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const planned = rows.some((r) => r.planned !== null) ? sum((r) => r.planned ?? 0) : null;
  const total: ReportRow = {
    staffType: null,
    label: 'รวม',
    planned,
    recorded: sum((r) => r.recorded),
    complete: sum((r) => r.complete),
    inLhrList: sum((r) => r.inLhrList),
    percent: percent(
      sum((r) => r.complete),
      sum((r) => r.recorded),
    ),
  };
  const open = checklist.people.flatMap((result, i) => {
    if (result.complete) return [];
    const person = people[i];
    const n = person?.name.th;
    const name =
      n && (n.first || n.last)
        ? `${n.title}${n.first} ${n.last}`.trim()
        : `เลขประจำตัว …${result.citizenId.slice(-4)}`;
    return [
      {
        name,
        type: STAFF_TYPE_LABELS[result.staffType].th,
        items: result.findings.map((f) => findingText(f)),
        // for the guard's jump and tests on the officer's screen; the printed report and .docx never show them
        citizenId: result.citizenId,
        codes: result.findings.map((f) => f.code),
      },
    ];
  });
  const d = checklist.deadline;
  return {
    orgName,
    dateText: thaiDay(checklist.today, 'long'),
    fiscalYear: checklist.fiscalYear,
    rulesVersion: checklist.rulesVersion,
    rows,
    total,
    deadline: d
      ? { dateText: thaiDay(d.end, 'long'), daysLeft: d.daysLeft, estimated: d.estimated, source: d.source }
      : null,
    lpaScore: checklist.lpaScore,
    officeItems: checklist.findings.filter((f) => f.citizenId === undefined).map((f) => findingText(f)),
    people: open,
  };
}
