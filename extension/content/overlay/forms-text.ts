import type { Lang } from '../../i18n/messages';

/** The overlay's texts for the other DLA forms (docs/forms.md), Thai first. */
const TEXT = {
  orgTitle: { th: 'ค้นหา อปท. ที่รับโอน', en: 'Find the target อปท.' },
  orgPlaceholder: {
    th: 'ชื่อ อปท. อำเภอ จังหวัด หรือรหัส เช่น อบต.บ้านใหม่',
    en: 'อปท. name, amphoe, province or code, e.g. อบต.บ้านใหม่',
  },
  orgNone: { th: 'ไม่พบ อปท. ในทะเบียน อปท.', en: 'No อปท. found in the registry' },
  orgBusy: { th: 'กำลังเลือกจังหวัด → อำเภอ → อปท. …', en: 'Choosing province → amphoe → อปท. …' },
  orgPicked: { th: 'เลือก อปท. ที่รับโอนแล้ว — ตรวจสอบก่อนบันทึก', en: 'Target อปท. chosen — check before saving' },
  orgFailed: {
    th: 'เลือกให้ไม่ได้ที่ช่อง{step} — กรุณาเลือกเอง',
    en: 'Could not choose the {step} — please choose it yourself',
  },
  orgRegistryMissing: {
    th: 'ยังไม่มีทะเบียน อปท. — เข้าสู่ระบบและซิงก์ที่ปุ่มส่วนขยาย',
    en: 'No org registry yet — log in and sync from the extension button',
  },
  retireTitle: {
    th: 'เกษียณในปีงบประมาณนี้ / เลยกำหนดเกษียณแต่ยังปฏิบัติราชการ',
    en: 'Retiring this fiscal year / past retirement but still active',
  },
  retireNone: { th: 'ไม่มีผู้เกษียณในปีงบประมาณนี้', en: 'Nobody retires this fiscal year' },
  retireLocked: {
    th: 'อ่านทะเบียนบุคลากรไม่ได้ — เข้าสู่ระบบ/ปลดล็อกที่ปุ่มส่วนขยาย',
    en: 'Cannot read the staff register — log in or unlock from the extension button',
  },
  retireOn: { th: 'เกษียณ', en: 'retires' },
  retireOverdue: { th: 'เลยกำหนดเกษียณ', en: 'past retirement' },
  sectionTitle: { th: 'ผู้ดูแลระบบ คนที่ {n}: เลือกจากทะเบียน', en: 'Administrator {n}: pick from the register' },
  sectionPlaceholder: { th: 'ชื่อ หรือ เลขประจำตัวประชาชน', en: 'Name or citizen ID' },
  sectionSearch: { th: 'ค้นหา', en: 'Search' },
  sectionCard: { th: 'อ่านบัตร', en: 'Read card' },
  fiscalYearRule: {
    th: 'ปีงบประมาณ: ถ้าปีล่าสุดยังไม่ได้รับรองข้อมูล ระบบจะบันทึกเป็นปีล่าสุดที่รับรองแล้ว',
    en: 'Fiscal year: if the latest year is not certified yet, the system records the last certified year',
  },
  portraitRead: {
    th: 'อ่านบัตรพร้อมรูปถ่าย (ใส่รูป 4×6 ซม.)',
    en: 'Read the card with its photo (4×6 cm portrait)',
  },
  portraitDone: {
    th: 'ใส่รูปจากบัตรแล้ว ({w}×{h} พิกเซล, ตัดเป็น 4×6 ซม.)',
    en: 'Card photo put in ({w}×{h} px, cropped to 4×6 cm)',
  },
  portraitLow: {
    th: 'คำเตือน: รูปจากบัตรประชาชนมีความละเอียดต่ำ พิมพ์ขนาด 4×6 ซม. จะไม่คมชัด — ควรใช้รูปถ่ายจริงถ้ามี',
    en: 'Warning: an ID card photo is low resolution and prints blurred at 4×6 cm — use a real photo if you have one',
  },
  province: { th: 'จังหวัด', en: 'province' },
  amphoe: { th: 'อำเภอ', en: 'amphoe' },
  org: { th: 'อปท.', en: 'อปท.' },
};
export type FormsTextKey = keyof typeof TEXT;

export function ft(lang: Lang, key: FormsTextKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
