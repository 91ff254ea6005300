import { translator } from '../../i18n/messages';

// The fill report's texts, Thai first. The report ships only in the fill-report feature script (features/fill-report.ts),
// so its words are kept out of messages.ts, which the content script every page loads carries.
const TH = {
  filled: 'กรอกแล้ว {n} ช่อง — ตรวจสอบอีกครั้งก่อนกดบันทึก',
  notFilled: 'ช่องที่ไม่ได้กรอก',
  reason_notSticky: 'หน้าเว็บไม่รับค่า',
  reason_noOption: 'ไม่มีตัวเลือกที่ตรงกัน',
  reason_dependencyTimeout: 'รายการตัวเลือกไม่โหลด',
  reason_userValue: 'มีค่าอยู่แล้ว (ไม่ได้เลือกให้เขียนทับ)',
  reason_noValue: 'ไม่มีข้อมูลในบัตร',
};

const EN: Record<keyof typeof TH, string> = {
  filled: 'Filled {n} fields — check them before saving',
  notFilled: 'Not filled',
  reason_notSticky: 'the page did not keep the value',
  reason_noOption: 'no matching option',
  reason_dependencyTimeout: 'the options did not load',
  reason_userValue: 'already has a value (overwrite not chosen)',
  reason_noValue: 'not on the card',
};

export const reportText = translator(TH, EN);
