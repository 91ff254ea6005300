import type { Lang } from '../../i18n/messages';
import { withParams } from '../../i18n/messages';

/**
 * The history panel's texts, Thai first. The panel ships only in the history-rows feature script, injected on ก.พ.7
 * history pages, so its text is kept out of register-text.ts, which the content script every page loads carries.
 */
const TEXT = {
  historyTitle: {
    th: 'รายการจากทะเบียนที่หน้านี้ยังไม่มี: {n}',
    en: 'Register rows this page does not show yet: {n}',
  },
  historyDone: { th: 'หน้านี้มีครบทุกรายการในทะเบียนแล้ว ({n})', en: 'This page shows every register row ({n})' },
  historyFillNext: { th: 'กรอกรายการถัดไปลงแบบฟอร์ม', en: 'Fill the next row into the form' },
  historyInForm: {
    th: 'กรอกแล้ว — ตรวจสอบ แล้วกดปุ่ม “บันทึก” ของระบบเอง',
    en: 'Filled — check it, then press the site’s own “บันทึก” (save)',
  },
  historyUnfilled: {
    th: 'ไม่มีตัวเลือกที่ตรงกันในแบบฟอร์ม กรอกเอง: {columns}',
    en: 'No matching option in the form, fill by hand: {columns}',
  },
} as const;

export function historyText(
  lang: Lang,
  key: keyof typeof TEXT,
  params: Record<string, string | number> = {},
): string {
  return withParams(TEXT[key][lang], params);
}
