import { type Lang, withParams } from '../../i18n/messages';

/**
 * The overlay's staff-register texts that every assisted page may show, Thai first (kept apart from
 * i18n/messages.ts, which other parts grow). The search panel's own texts travel with it: register-search-text.ts.
 */
const TEXT = {
  registerLocked: {
    th: 'ทะเบียนบุคลากรปิดอยู่ — เข้าสู่ระบบ/ปลดล็อกที่ปุ่มส่วนขยาย',
    en: 'The staff register is locked — log in or unlock from the extension button',
  },
} as const;

export type RegisterTextKey = keyof typeof TEXT;

export function rt(lang: Lang, key: RegisterTextKey, params: Record<string, string | number> = {}): string {
  return withParams(TEXT[key][lang], params);
}
