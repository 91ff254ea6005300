/** User-facing text, Thai first. Keys are stable; English is the fallback language. */
const th = {
  appName: 'LHR Assist',
  readCard: 'อ่านบัตร',
  searchCache: 'ค้นหาจากข้อมูลที่บันทึกไว้',
  searchPlaceholder: 'เลขประจำตัวประชาชน หรือ ชื่อ',
  noResults: 'ไม่พบข้อมูลที่บันทึกไว้',
  profileInUse: 'โปรไฟล์หน้าเว็บ',
  connecting: 'กำลังเชื่อมต่อโปรแกรมอ่านบัตร…',
  waitingCard: 'กรุณาเสียบบัตรประชาชนที่เครื่องอ่าน (ถ้าบัตรเสียบอยู่แล้ว ให้ถอดออกแล้วเสียบใหม่)',
  reading: 'กำลังอ่านบัตร…',
  undo: 'ย้อนกลับ',
  close: 'ปิด',
  retry: 'ลองใหม่',
  undone: 'คืนค่าเดิมแล้ว',
  notPaired: 'ยังไม่ได้จับคู่กับโปรแกรมอ่านบัตร — คลิกไอคอน LHR Assist แล้วใส่รหัสจาก lhr-agent pair',
  language: 'English',
  guardAcknowledged: 'กดปุ่มรับรองอีกครั้งเพื่อดำเนินการต่อ (ภายใน 1 นาที)',
  password: 'รหัสผ่าน',
} as const;

export type MessageKey = keyof typeof th;

/**
 * The English messages, set once they are loaded (messages-en.ts). The content script runs on every assisted page and
 * officers read Thai, so it loads them only when the officer picks English (overlay/english.ts: 1.3 KB gzip less);
 * the extension's own pages set them at start. Until then English falls back to Thai.
 */
let english: Record<MessageKey, string> | null = null;

export function setEnglishMessages(messages: Record<MessageKey, string>): void {
  english = messages;
}

export function hasEnglishMessages(): boolean {
  return english !== null;
}

export type Lang = 'th' | 'en';

/** A message in the officer's language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return withParams((lang === 'en' ? english?.[key] : undefined) ?? th[key], params);
}

/** The `t` of one set of messages (the popup's and the draft panel's, in their modules). */
export function translator<K extends string>(thai: Record<K, string>, english: Record<K, string>) {
  return (lang: Lang, key: K, params: Record<string, string | number> = {}): string =>
    withParams(lang === 'en' ? english[key] : thai[key], params);
}

/** Fills `{name}` placeholders. */
export function withParams(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Thai names of the field types, for the preview. */
export const FIELD_LABELS: Record<string, { th: string; en: string }> = {
  title: { th: 'คำนำหน้าชื่อ', en: 'Title' },
  firstName: { th: 'ชื่อ', en: 'First name' },
  middleName: { th: 'ชื่อกลาง', en: 'Middle name' },
  lastName: { th: 'นามสกุล', en: 'Last name' },
  fullName: { th: 'ชื่อ-นามสกุล', en: 'Full name' },
  titleEn: { th: 'คำนำหน้า (อังกฤษ)', en: 'Title (English)' },
  firstNameEn: { th: 'ชื่อ (อังกฤษ)', en: 'First name (English)' },
  middleNameEn: { th: 'ชื่อกลาง (อังกฤษ)', en: 'Middle name (English)' },
  lastNameEn: { th: 'นามสกุล (อังกฤษ)', en: 'Last name (English)' },
  fullNameEn: { th: 'ชื่อ-นามสกุล (อังกฤษ)', en: 'Full name (English)' },
  citizenId: { th: 'เลขประจำตัวประชาชน', en: 'Citizen ID' },
  birthDate: { th: 'วันเกิด', en: 'Birth date' },
  birthDay: { th: 'วันที่เกิด', en: 'Birth day' },
  birthMonth: { th: 'เดือนเกิด', en: 'Birth month' },
  birthYear: { th: 'ปีเกิด', en: 'Birth year' },
  sex: { th: 'เพศ', en: 'Sex' },
  houseNo: { th: 'บ้านเลขที่', en: 'House no.' },
  moo: { th: 'หมู่ที่', en: 'Moo' },
  soi: { th: 'ตรอก/ซอย', en: 'Soi' },
  road: { th: 'ถนน', en: 'Road' },
  subdistrict: { th: 'ตำบล/แขวง', en: 'Subdistrict' },
  district: { th: 'อำเภอ/เขต', en: 'District' },
  province: { th: 'จังหวัด', en: 'Province' },
  postcode: { th: 'รหัสไปรษณีย์', en: 'Postcode' },
  addressLine: { th: 'ที่อยู่', en: 'Address' },
  cardIssueDate: { th: 'วันออกบัตร', en: 'Card issued' },
  cardExpiryDate: { th: 'วันบัตรหมดอายุ', en: 'Card expires' },
  cardIssuer: { th: 'สถานที่ออกบัตร', en: 'Issued by' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  mobile: { th: 'มือถือ', en: 'Mobile' },
  email: { th: 'อีเมล', en: 'Email' },
};
