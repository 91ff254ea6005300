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
/** The field types' English names, set with the English messages (messages-en.ts). */
let englishFields: Record<string, string> | null = null;

export function setEnglishMessages(
  messages: Record<MessageKey, string>,
  fields?: Record<string, string>,
): void {
  english = messages;
  if (fields) englishFields = fields;
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

/** Thai names of the field types, for the preview (English ones: EN_FIELD_LABELS, loaded with the English messages). */
export const FIELD_LABELS: Record<string, string> = {
  title: 'คำนำหน้าชื่อ',
  firstName: 'ชื่อ',
  middleName: 'ชื่อกลาง',
  lastName: 'นามสกุล',
  fullName: 'ชื่อ-นามสกุล',
  titleEn: 'คำนำหน้า (อังกฤษ)',
  firstNameEn: 'ชื่อ (อังกฤษ)',
  middleNameEn: 'ชื่อกลาง (อังกฤษ)',
  lastNameEn: 'นามสกุล (อังกฤษ)',
  fullNameEn: 'ชื่อ-นามสกุล (อังกฤษ)',
  citizenId: 'เลขประจำตัวประชาชน',
  birthDate: 'วันเกิด',
  birthDay: 'วันที่เกิด',
  birthMonth: 'เดือนเกิด',
  birthYear: 'ปีเกิด',
  sex: 'เพศ',
  houseNo: 'บ้านเลขที่',
  moo: 'หมู่ที่',
  soi: 'ตรอก/ซอย',
  road: 'ถนน',
  subdistrict: 'ตำบล/แขวง',
  district: 'อำเภอ/เขต',
  province: 'จังหวัด',
  postcode: 'รหัสไปรษณีย์',
  addressLine: 'ที่อยู่',
  cardIssueDate: 'วันออกบัตร',
  cardExpiryDate: 'วันบัตรหมดอายุ',
  cardIssuer: 'สถานที่ออกบัตร',
  phone: 'โทรศัพท์',
  mobile: 'มือถือ',
  email: 'อีเมล',
};

/** A field type's name in the officer's language (Thai until the English messages are loaded). */
export function fieldLabel(type: string, lang: Lang): string | undefined {
  return (lang === 'en' ? englishFields?.[type] : undefined) ?? FIELD_LABELS[type];
}
