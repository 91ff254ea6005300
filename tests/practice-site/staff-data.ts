import { STAFF_STATUS_LABELS, type StaffStatus, type StaffType } from '../../shared/register/staff-type';
import { citizenIdCheckDigit, formatCitizenId } from '../../shared/thai/citizen-id';

/** One person on the practice site's staff list (made-up people; the citizen IDs pass the checksum only). */
export interface PracticeStaff {
  pid: number;
  citizenId: string;
  title: string;
  first: string;
  last: string;
  staffType: StaffType;
  position: string;
  status: StaffStatus;
}

/** How the staff list names each type (the words officers see on LHR's search page). */
export const LIST_TYPE_LABELS: Record<StaffType, string> = {
  'civil-servant': 'ข้าราชการส่วนท้องถิ่น',
  teacher: 'ข้าราชการครู',
  'permanent-employee': 'ลูกจ้างประจำ',
  'mission-employee': 'พนักงานจ้างตามภารกิจ',
  'general-employee': 'พนักงานจ้างทั่วไป',
};

const FIRST = ['สมชาย', 'สมหญิง', 'ประเสริฐ', 'วิไลวรรณ', 'สุรชัย', 'กาญจนา', 'ธีรวัฒน์', 'อรุณี', 'บุญมี', 'จันทร์เพ็ญ'];
const LAST = ['ใจดี', 'รักษ์ถิ่น', 'มั่นคง', 'ศรีสุข', 'ทองคำ'];
const TYPES: StaffType[] = [
  'civil-servant',
  'teacher',
  'permanent-employee',
  'mission-employee',
  'general-employee',
];
const POSITIONS: Record<StaffType, string> = {
  'civil-servant': 'นักทรัพยากรบุคคล',
  teacher: 'ครู',
  'permanent-employee': 'พนักงานขับรถยนต์',
  'mission-employee': 'ผู้ช่วยเจ้าพนักงานธุรการ',
  'general-employee': 'คนงานทั่วไป',
};

function citizenId(n: number): string {
  const first12 = `3650${String(100_000_00 + n * 7919).slice(-8)}`;
  return `${first12}${citizenIdCheckDigit(first12)}`;
}

/** `count` people, every staff type, one retired; the same list on every start. */
export function practiceStaff(count = 25): PracticeStaff[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length] ?? 'สมชาย';
    const female = i % 2 === 1;
    const staffType = TYPES[i % TYPES.length] ?? 'civil-servant';
    return {
      pid: i + 1,
      citizenId: citizenId(i + 1),
      title: female ? 'นางสาว' : 'นาย',
      first,
      last: LAST[Math.floor(i / 2) % LAST.length] ?? 'ใจดี',
      staffType,
      position: POSITIONS[staffType],
      status: i === 7 ? 'retired' : 'active',
    };
  });
}

export function listRowCells(p: PracticeStaff): string[] {
  return [
    formatCitizenId(p.citizenId) ?? p.citizenId,
    `${p.title}${p.first} ${p.last}`,
    LIST_TYPE_LABELS[p.staffType],
    p.position,
    STAFF_STATUS_LABELS[p.status].th,
  ];
}
