import type { Lang } from '../../i18n/messages';

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
  captured: { th: 'เก็บลงทะเบียนบุคลากรแล้ว: {parts}', en: 'Kept in the staff register: {parts}' },
  capturedRows: { th: 'เพิ่ม {n} รายการ', en: '{n} rows added' },
  capturedUndo: { th: 'ยกเลิกการเก็บ', en: 'Undo' },
  capturedUndone: { th: 'ยกเลิกการเก็บแล้ว', en: 'Undone' },
  listed: {
    th: 'ทะเบียนรู้จักบุคลากรในหน้านี้แล้ว {seen} คน (ใหม่ {added} คน)',
    en: 'The register now knows {seen} people on this page ({added} new)',
  },
} as const;

export type RegisterTextKey = keyof typeof TEXT;

/**
 * HISTORY_SECTION_LABELS of shared/register/history-sections.ts, repeated here because that module defines zod
 * schemas, which the page bundle does not carry (docs/extension.md).
 */
export const SECTION_LABELS: Record<string, { th: string; en: string }> = {
  identity: { th: 'ข้อมูลส่วนตัว', en: 'Personal data' },
  staffType: { th: 'ประเภทบุคลากร', en: 'Staff type' },
  address: { th: 'ที่อยู่', en: 'Address' },
  contacts: { th: 'การติดต่อ', en: 'Contacts' },
  education: { th: 'ประวัติการศึกษา', en: 'Education' },
  positions: { th: 'ตำแหน่งและอัตราเงินเดือน', en: 'Positions and salary' },
  decorations: { th: 'เครื่องราชอิสริยาภรณ์', en: 'Royal decorations' },
  leave: { th: 'วันลา', en: 'Leave days' },
  training: { th: 'การฝึกอบรมและดูงาน', en: 'Training' },
  discipline: { th: 'การได้รับโทษทางวินัย', en: 'Disciplinary record' },
  academicStandings: { th: 'วิทยฐานะ', en: 'Academic standing' },
  teachingLicences: { th: 'ใบอนุญาตประกอบวิชาชีพ', en: 'Teaching licence' },
};

export function rt(lang: Lang, key: RegisterTextKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
