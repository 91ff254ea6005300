import { type Lang, withParams } from '../../i18n/messages';

/** The overlay's staff-register texts, Thai first (kept apart from i18n/messages.ts, which other parts grow). */
const TEXT = {
  registerSearch: { th: 'ค้นหาในทะเบียนบุคลากร', en: 'Search the staff register' },
  registerPlaceholder: { th: 'ชื่อ หรือ เลขประจำตัวประชาชน (4 หลักขึ้นไป)', en: 'Name or citizen ID (4+ digits)' },
  registerSubject: { th: 'กรอกจากทะเบียน: {id}', en: 'Fill from the register: {id}' },
  registerNone: { th: 'ไม่พบในทะเบียน', en: 'Not in the register' },
  registerLocked: {
    th: 'ทะเบียนบุคลากรปิดอยู่ — เข้าสู่ระบบ/ปลดล็อกที่ปุ่มส่วนขยาย',
    en: 'The staff register is locked — log in or unlock from the extension button',
  },
} as const;

export type RegisterTextKey = keyof typeof TEXT;

export function rt(lang: Lang, key: RegisterTextKey, params: Record<string, string | number> = {}): string {
  return withParams(TEXT[key][lang], params);
}
