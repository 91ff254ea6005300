import { PersonRecord, type PersonRecordInput } from '../register/person-record';
import type { StaffType } from '../register/staff-type';
import { citizenIdCheckDigit } from '../thai/citizen-id';

// Made-up staff for tests, the benchmark and the CLI examples (kept out of *.test.ts so importing reruns nothing).
// Citizen IDs start with 9 — a category no Thai national holds — and carry a correct check digit.

/** A valid made-up citizen ID for number `n`. */
export function sampleCitizenId(n: number): string {
  const first12 = `9${String(n).padStart(11, '0')}`;
  return `${first12}${citizenIdCheckDigit(first12)}`;
}

const TYPES: StaffType[] = [
  'civil-servant',
  'teacher',
  'permanent-employee',
  'mission-employee',
  'general-employee',
];

/**
 * A person who passes every default rule on any day up to 30 Sep 2569 (CE 2026): started 1 Oct 2548, one salary
 * row on 1 Oct of every fiscal year 2549–2569, seen on the LHR list.
 */
export function samplePerson(n: number, overrides: Partial<PersonRecordInput> = {}): PersonRecord {
  const staffType = TYPES[n % TYPES.length] as StaffType;
  const positions = [];
  for (let fy = 2549; fy <= 2569; fy++) {
    positions.push({
      date: { year: fy - 1, month: 10, day: 1 },
      positionTitle: 'นักทรัพยากรบุคคล',
      positionNo: '01-0101-001',
      level: 'ชำนาญการ',
      salary: 15_000 + (fy - 2549) * 700,
      orderNo: `${(n % 900) + 1}/${fy - 1}`,
    });
  }
  return PersonRecord.parse({
    citizenId: sampleCitizenId(n),
    staffType,
    name: { th: { title: 'นาง', first: `ทดสอบ${n}`, middle: '', last: 'ใจดี' } },
    birthDate: { year: 2523, month: 5, day: 10 },
    sex: 'female',
    address: {
      houseNo: '99/1',
      moo: '3',
      subdistrict: 'ป่าไผ่',
      district: 'สันทราย',
      province: 'เชียงใหม่',
      postcode: '50210',
    },
    family: { spouse: '', father: 'นายสมชาย ใจดี', mother: 'นางสมศรี ใจดี', maritalStatus: 'โสด' },
    appointment: {
      positionTitle: 'นักทรัพยากรบุคคล',
      positionType: 'วิชาการ',
      level: 'ชำนาญการ',
      positionNo: '01-0101-001',
      division: 'สำนักปลัด',
      salary: 29_000,
      appointDate: { year: 2548, month: 9, day: 15 },
      startDate: { year: 2548, month: 10, day: 1 },
    },
    education: [
      { institution: 'มหาวิทยาลัยเชียงใหม่', degree: 'ศศ.บ.', from: { year: 2541, month: 6, day: null } },
    ],
    positions,
    teachingLicences:
      staffType === 'teacher' ? [{ licenceNo: '12345', issueDate: { year: 2550, month: 1, day: 5 } }] : [],
    provenance: { listedInLhrAt: '2026-06-01T03:00:00.000Z' },
    ...overrides,
  });
}

/** `count` complete people of all five types, in turn. */
export function sampleRegister(count: number): PersonRecord[] {
  return Array.from({ length: count }, (_, i) => samplePerson(i + 1));
}
