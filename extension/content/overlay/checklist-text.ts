import { translator } from '../../i18n/messages';

// The checklist's and the guard's texts, Thai first: the panels that show them come in feature scripts of their own
// (checklist-panel, guard-panel), so these words stay out of messages.ts, which every assisted page loads.
const TH = {
  checklistTitle: 'ตรวจสอบก่อนบันทึก',
  checklistClean: 'กรอกช่องที่จำเป็นครบและถูกต้องแล้ว',
  checklistCount: 'ยังขาดหรือไม่ถูกต้อง {n} รายการ',
  jump: 'ไปที่ช่อง',
  guardTitle: 'ตรวจสอบก่อนรับรองระดับ อปท.',
  guardHint: 'เมื่อรับรองแล้วข้อมูลจะถูกล็อก แก้ไขไม่ได้ รายการต่อไปนี้ยังไม่ครบหรือไม่ถูกต้อง',
  guardContinue: 'รับทราบ — จะรับรองต่อ',
  guardBack: 'กลับไปแก้ไข',
  code_REQUIRED_EMPTY: 'ยังไม่ได้กรอก',
  code_CITIZEN_ID_CHECKSUM: 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง)',
  code_CITIZEN_ID_LENGTH: 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
  code_DATE_INVALID: 'วันที่ไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)',
  code_BIRTH_YEAR_RANGE: 'ปีเกิดไม่สมเหตุสมผล — ตรวจว่าใช้ปี พ.ศ.',
  code_PHONE_INVALID: 'หมายเลขโทรศัพท์ไม่ถูกต้อง',
  code_POSTCODE_INVALID: 'รหัสไปรษณีย์ต้องมี 5 หลัก',
  code_EMAIL_INVALID: 'อีเมลไม่ถูกต้อง',
  code_URL_INVALID: 'ไม่ใช่ที่อยู่เว็บไซต์ของ อปท. (เช่น https://www.example.go.th)',
  code_LETTER_NO_INVALID: 'เลขที่หนังสือไม่อยู่ในรูปแบบราชการ (เช่น ชย ๗๓๓๐๑/๑๒๓)',
  code_DATE_FUTURE: 'วันที่หนังสือ/คำสั่งอยู่ในอนาคต',
  code_PASSWORD_RULE: 'รหัสผ่านต้องเป็นตัวเลขอย่างน้อย ๖ หลัก',
  code_PASSWORD_MISMATCH: 'รหัสผ่านที่กรอกอีกครั้งไม่ตรงกัน',
  code_TARGET_IS_SELF: 'อปท. ที่รับโอนเป็น อปท. เดียวกับต้นสังกัด',
  code_ORDER_REQUIRED: 'ต้องระบุเลขที่และวันที่คำสั่ง',
};

const EN: Record<keyof typeof TH, string> = {
  checklistTitle: 'Check before saving',
  checklistClean: 'All required fields are filled and valid',
  checklistCount: '{n} items missing or invalid',
  jump: 'Go to field',
  guardTitle: 'Check before certifying (รับรองระดับ อปท.)',
  guardHint: 'Certified records are locked. These items are still missing or invalid',
  guardContinue: 'Understood — certify anyway',
  guardBack: 'Go back and fix',
  code_REQUIRED_EMPTY: 'empty',
  code_CITIZEN_ID_CHECKSUM: 'citizen ID check digit does not match',
  code_CITIZEN_ID_LENGTH: 'citizen ID must have 13 digits',
  code_DATE_INVALID: 'invalid date (dd/mm/yyyy BE)',
  code_BIRTH_YEAR_RANGE: 'implausible birth year — is it BE?',
  code_PHONE_INVALID: 'invalid phone number',
  code_POSTCODE_INVALID: 'postcode must have 5 digits',
  code_EMAIL_INVALID: 'invalid email',
  code_URL_INVALID: "not the office's web address (e.g. https://www.example.go.th)",
  code_LETTER_NO_INVALID: 'not an official letter number (e.g. ชย ๗๓๓๐๑/๑๒๓)',
  code_DATE_FUTURE: 'letter or order date is in the future',
  code_PASSWORD_RULE: 'password must be at least 6 digits',
  code_PASSWORD_MISMATCH: 'the confirmation differs from the password',
  code_TARGET_IS_SELF: 'the transfer target is the own อปท.',
  code_ORDER_REQUIRED: 'order number and date are needed',
};

export const checklistText = translator(TH, EN);
export type ChecklistTextKey = keyof typeof TH;
