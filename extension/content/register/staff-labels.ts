import { STAFF_STATUS_LABELS, type StaffStatus, type StaffType } from '../../../shared/register/staff-type';

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

const STATUS_WORDS: ReadonlyArray<[RegExp, StaffStatus]> = [
  ...(Object.entries(STAFF_STATUS_LABELS) as [StaffStatus, { th: string }][]).map(
    ([code, label]): [RegExp, StaffStatus] => [new RegExp(label.th.split('/')[0] ?? label.th), code],
  ),
  [/เกษียณ/, 'retired'],
  [/ลาออก/, 'resigned'],
  [/โอน/, 'transferred-out'],
  [/ถึงแก่กรรม|เสียชีวิต/, 'deceased'],
  [/ปฏิบัติ|ปกติ/, 'active'],
];

export function staffStatusFromText(text: string): StaffStatus | null {
  return STATUS_WORDS.find(([re]) => re.test(text))?.[1] ?? null;
}
