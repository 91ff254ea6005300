import { type Lang, withParams } from '../../i18n/messages';

/**
 * Text of the register notices that only lazily loaded features show (what a capture kept, the staff list's count):
 * kept out of register-text.ts, which the content script every assisted page loads carries.
 */
const TEXT = {
  captured: { th: 'เก็บลงทะเบียนบุคลากรแล้ว: {parts}', en: 'Kept in the staff register: {parts}' },
  capturedRows: { th: 'เพิ่ม {n} รายการ', en: '{n} rows added' },
  capturedUndo: { th: 'ยกเลิกการเก็บ', en: 'Undo' },
  capturedUndone: { th: 'ยกเลิกการเก็บแล้ว', en: 'Undone' },
  listed: {
    th: 'ทะเบียนรู้จักบุคลากรในหน้านี้แล้ว {seen} คน (ใหม่ {added} คน)',
    en: 'The register now knows {seen} people on this page ({added} new)',
  },
} as const;

export function noticeText(
  lang: Lang,
  key: keyof typeof TEXT,
  params: Record<string, string | number> = {},
): string {
  return withParams(TEXT[key][lang], params);
}
