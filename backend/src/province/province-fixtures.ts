import { randomUUID } from 'node:crypto';
import { ReadinessCode, type ReadinessReport } from '../../../shared/readiness/readiness-report';
import { PersonRecord, type PersonRecordInput } from '../../../shared/register/person-record';
import type { StaffType } from '../../../shared/register/staff-type';

/**
 * Synthetic registers and readiness reports for the province tests, the e2e test and the benchmark. Made-up names;
 * citizen ids are 13 digits derived from the org code and a running number (never real ones).
 */
const FIRST = ['สมชาย', 'สมหญิง', 'วิไล', 'ประเสริฐ', 'มานี', 'ชูใจ', 'อารี', 'บุญมี', 'สุดา', 'กมล'];
const LAST = ['ใจดี', 'รักไทย', 'มั่นคง', 'ศรีสุข', 'ทองดี', 'แก้วใส', 'บุญเรือง'];

export function person(
  org: string,
  i: number,
  staffType: StaffType,
  status: 'active' | 'retired' = 'active',
) {
  const input: PersonRecordInput = {
    citizenId: `9${org}${String(i).padStart(5, '0')}`,
    staffType,
    name: {
      th: {
        title: i % 2 ? 'นาย' : 'นางสาว',
        first: FIRST[i % FIRST.length] ?? '',
        middle: '',
        last: LAST[i % LAST.length] ?? '',
      },
    },
    appointment: { positionTitle: 'นักทรัพยากรบุคคล', level: 'ปฏิบัติการ', positionNo: `${i}`, status },
    education: [{ institution: 'มหาวิทยาลัยทดสอบ', degree: 'ปริญญาตรี' }],
  };
  return PersonRecord.parse(input);
}

export function readiness(
  org: string,
  options: Partial<Omit<ReadinessReport, 'findings'>> & {
    peopleTotal: number;
    peopleComplete: number;
    findings?: Partial<ReadinessReport['findings']>;
  },
): ReadinessReport {
  const findings = Object.fromEntries(
    ReadinessCode.options.map((code) => [code, options.findings?.[code] ?? 0]),
  );
  return {
    schemaVersion: 1,
    orgCode: org,
    generatedAt: new Date().toISOString(),
    fiscalYear: 2569,
    rulesVersion: 'rules-1',
    counts: [],
    deadline: null,
    daysLeft: null,
    lpaScore: 0,
    certifiedAt: null,
    certifiedAnyway: false,
    ...options,
    findings: findings as ReadinessReport['findings'],
  };
}

export interface PushChange {
  collection: 'people' | 'readiness';
  id: string;
  baseRev: number;
  data: Record<string, unknown> | null;
}

/** Sync push bodies of at most 200 changes each (the push API's limit). */
export function pushBodies(changes: PushChange[]): { idempotencyKey: string; changes: PushChange[] }[] {
  const bodies = [];
  for (let i = 0; i < changes.length; i += 200)
    bodies.push({ idempotencyKey: randomUUID().replace(/-/g, ''), changes: changes.slice(i, i + 200) });
  return bodies;
}

export function peopleChanges(people: PersonRecord[]): PushChange[] {
  return people.map((p) => ({ collection: 'people', id: p.citizenId, baseRev: 0, data: p }));
}
