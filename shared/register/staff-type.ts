import * as z from 'zod';

/**
 * The five kinds of staff an อปท. keeps a ก.พ.7 for. Codes are stable (they travel in JSON, CLIs and plans);
 * labels are what officers read.
 */
export const StaffType = z.enum([
  'civil-servant',
  'teacher',
  'permanent-employee',
  'mission-employee',
  'general-employee',
]);
export type StaffType = z.infer<typeof StaffType>;

export const STAFF_TYPE_LABELS: Record<StaffType, { th: string; en: string }> = {
  'civil-servant': { th: 'ข้าราชการ/พนักงานส่วนท้องถิ่น', en: 'Local civil servant' },
  teacher: { th: 'ครูและบุคลากรทางการศึกษา', en: 'Teacher and education personnel' },
  'permanent-employee': { th: 'ลูกจ้างประจำ', en: 'Permanent employee' },
  'mission-employee': { th: 'พนักงานจ้างตามภารกิจ', en: 'Mission-based employee' },
  'general-employee': { th: 'พนักงานจ้างทั่วไป', en: 'General employee' },
};

/** Where a person stands in the อปท.: only `active` people count towards the staff numbers. */
export const StaffStatus = z.enum([
  'active',
  'retired',
  'resigned',
  'transferred-out',
  'dismissed',
  'deceased',
]);
export type StaffStatus = z.infer<typeof StaffStatus>;

export const STAFF_STATUS_LABELS: Record<StaffStatus, { th: string; en: string }> = {
  active: { th: 'ปฏิบัติราชการ', en: 'Active' },
  retired: { th: 'เกษียณอายุ', en: 'Retired' },
  resigned: { th: 'ลาออก', en: 'Resigned' },
  'transferred-out': { th: 'โอนย้ายออก', en: 'Transferred out' },
  dismissed: { th: 'ให้ออก/ปลดออก/ไล่ออก', en: 'Dismissed' },
  deceased: { th: 'ถึงแก่กรรม', en: 'Deceased' },
};
