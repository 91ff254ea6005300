import type { StaffType } from '../staff-type';

/**
 * Staff-type text as officers write it → code. Civil servants of an อปท. are called by the office's kind
 * (พนักงานส่วนตำบล, พนักงานเทศบาล, พนักงานส่วนจังหวัด) or by the umbrella terms; teachers by ครู/พนักงานครู;
 * ผู้มีทักษะ is a kind of พนักงานจ้างตามภารกิจ. Bare "พนักงานจ้าง" or "ลูกจ้าง" could be two types and is not guessed.
 */
const FORMS: ReadonlyArray<[StaffType, readonly string[]]> = [
  [
    'civil-servant',
    [
      'ข้าราชการ',
      'ข้าราชการส่วนท้องถิ่น',
      'ข้าราชการส่วนท้องถิ่นสามัญ',
      'ข้าราชการหรือพนักงานส่วนท้องถิ่น',
      'ข้าราชการ/พนักงานส่วนท้องถิ่น',
      'พนักงานส่วนท้องถิ่น',
      'พนักงานส่วนตำบล',
      'พนักงานเทศบาล',
      'พนักงานส่วนจังหวัด',
      'ข้าราชการส่วนตำบล',
      'ข้าราชการส่วนจังหวัด',
      'civil-servant',
      'civilservant',
    ],
  ],
  [
    'teacher',
    [
      'ครู',
      'ข้าราชการครู',
      'พนักงานครู',
      'พนักงานครูเทศบาล',
      'ครูและบุคลากรทางการศึกษา',
      'ข้าราชการครูและบุคลากรทางการศึกษา',
      'บุคลากรทางการศึกษา',
      'ครูผู้ช่วย',
      'teacher',
    ],
  ],
  ['permanent-employee', ['ลูกจ้างประจำ', 'permanent-employee']],
  [
    'mission-employee',
    [
      'พนักงานจ้างตามภารกิจ',
      'ตามภารกิจ',
      'ภารกิจ',
      'พนักงานจ้างผู้มีทักษะ',
      'พนักงานจ้างตามภารกิจ(ผู้มีทักษะ)',
      'ผู้มีทักษะ',
      'mission-employee',
    ],
  ],
  ['general-employee', ['พนักงานจ้างทั่วไป', 'จ้างทั่วไป', 'ทั่วไป', 'general-employee']],
];

function key(text: string): string {
  return text.toLowerCase().replace(/[\s.\u200b]/g, '');
}

const BY_KEY = new Map<string, StaffType>(FORMS.flatMap(([type, forms]) => forms.map((f) => [key(f), type])));

/** The staff type named by `text`, or null when it names none (or could be more than one). */
export function parseStaffType(text: string): StaffType | null {
  return BY_KEY.get(key(text)) ?? null;
}
