import type { StaffStatus, StaffType } from '../../../shared/register/staff-type';

/** Which staff type a page's wording names; the more specific words are tried first (ข้าราชการครู before ข้าราชการ). */
const TYPE_WORDS: ReadonlyArray<[RegExp, StaffType]> = [
  [/ครู|บุคลากรทางการศึกษา/, 'teacher'],
  [/ลูกจ้างประจำ/, 'permanent-employee'],
  [/ภารกิจ/, 'mission-employee'],
  [/จ้างทั่วไป|ทั่วไป/, 'general-employee'],
  [/ข้าราชการ|พนักงานส่วนท้องถิ่น/, 'civil-servant'],
];

export function staffTypeFromText(text: string): StaffType | null {
  return TYPE_WORDS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** The words of STAFF_STATUS_LABELS and their common variants (that module's schemas stay out of the page bundle). */
const STATUS_WORDS: ReadonlyArray<[RegExp, StaffStatus]> = [
  [/ให้ออก|ปลดออก|ไล่ออก/, 'dismissed'],
  [/เกษียณ/, 'retired'],
  [/ลาออก/, 'resigned'],
  [/โอน/, 'transferred-out'],
  [/ถึงแก่กรรม|เสียชีวิต/, 'deceased'],
  [/ปฏิบัติ|ปกติ/, 'active'],
];

export function staffStatusFromText(text: string): StaffStatus | null {
  return STATUS_WORDS.find(([re]) => re.test(text))?.[1] ?? null;
}
