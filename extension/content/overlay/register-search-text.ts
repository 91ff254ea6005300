import { type Lang, withParams } from '../../i18n/messages';

/** The register search panel's texts, Thai first: in the register fill feature's script, not the content script. */
const TEXT = {
  registerSearch: { th: 'ค้นหาในทะเบียนบุคลากร', en: 'Search the staff register' },
  registerPlaceholder: { th: 'ชื่อ หรือ เลขประจำตัวประชาชน (4 หลักขึ้นไป)', en: 'Name or citizen ID (4+ digits)' },
  registerSubject: { th: 'กรอกจากทะเบียน: {id}', en: 'Fill from the register: {id}' },
  registerNone: { th: 'ไม่พบในทะเบียน', en: 'Not in the register' },
} as const;

export function searchText(
  lang: Lang,
  key: keyof typeof TEXT,
  params: Record<string, string | number> = {},
): string {
  return withParams(TEXT[key][lang], params);
}
