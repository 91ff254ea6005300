import type { FieldScope, FieldType } from '../../shared/fields/field-types';

/** How a control is rendered. */
export type Kind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'tel'
  | 'password'
  | 'hidden'
  | 'submit'
  | 'checkbox'
  | 'date-native'
  | 'readonly-date'
  | 'select-title'
  | 'select-title-en'
  | 'select-sex'
  | 'radio-sex'
  | 'select-province'
  | 'select-empty'
  | 'select-day'
  | 'select-month'
  | 'select-year'
  | 'select-blood';

export interface ControlSpec {
  kind: Kind;
  /** expected detection; null = unknown, must never be filled */
  type: FieldType | null;
  scope: FieldScope | null;
  part?: number;
  maxlength?: number;
  placeholder?: string;
}

export interface Row {
  label: string;
  controls: ControlSpec[];
}

export interface Section {
  heading?: string;
  rows: Row[];
}

/** Label wordings per field: `dev` wordings may be tuned on; `val` wordings are held out and only reported. */
export const LABELS: Record<string, { dev: string[]; val: string[] }> = {
  citizenId: {
    dev: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน'],
    val: ['เลขบัตรประจำตัวประชาชน 13 หลัก', 'หมายเลขบัตรประชาชน'],
  },
  title: { dev: ['คำนำหน้าชื่อ', 'คำนำหน้า'], val: ['คำนำหน้านาม'] },
  firstName: { dev: ['ชื่อ', 'ชื่อตัว'], val: ['ชื่อจริง'] },
  middleName: { dev: ['ชื่อกลาง'], val: ['ชื่อกลาง (ถ้ามี)'] },
  lastName: { dev: ['นามสกุล', 'ชื่อสกุล'], val: ['สกุล'] },
  fullName: { dev: ['ชื่อ-นามสกุล', 'ชื่อ - สกุล'], val: ['ชื่อและนามสกุล'] },
  firstNameEn: { dev: ['ชื่อ (ภาษาอังกฤษ)', 'First name'], val: ['ชื่อภาษาอังกฤษ', 'Given name'] },
  lastNameEn: { dev: ['นามสกุล (ภาษาอังกฤษ)', 'Last name'], val: ['นามสกุลภาษาอังกฤษ', 'Surname'] },
  birthDate: { dev: ['วัน เดือน ปีเกิด', 'วันเกิด'], val: ['วันเดือนปีเกิด', 'เกิดวันที่'] },
  sex: { dev: ['เพศ'], val: ['เพศ (Gender)'] },
  houseNo: { dev: ['บ้านเลขที่', 'เลขที่'], val: ['บ้านเลขที่ (ตามทะเบียนบ้าน)'] },
  moo: { dev: ['หมู่ที่', 'หมู่'], val: ['ม.'] },
  soi: { dev: ['ซอย', 'ตรอก/ซอย'], val: ['ซ.'] },
  road: { dev: ['ถนน'], val: ['ถ.'] },
  subdistrict: { dev: ['ตำบล', 'ตำบล/แขวง'], val: ['แขวง/ตำบล'] },
  district: { dev: ['อำเภอ', 'อำเภอ/เขต'], val: ['เขต/อำเภอ'] },
  province: { dev: ['จังหวัด'], val: ['จังหวัด (Province)'] },
  postcode: { dev: ['รหัสไปรษณีย์'], val: ['ไปรษณีย์'] },
  phone: { dev: ['โทรศัพท์', 'เบอร์โทรศัพท์'], val: ['โทร.'] },
  mobile: { dev: ['โทรศัพท์มือถือ', 'มือถือ'], val: ['เบอร์มือถือ'] },
  email: { dev: ['อีเมล', 'E-mail'], val: ['ไปรษณีย์อิเล็กทรอนิกส์'] },
  cardIssueDate: { dev: ['วันออกบัตร'], val: ['วันที่ออกบัตร'] },
  cardExpiryDate: { dev: ['วันบัตรหมดอายุ'], val: ['บัตรหมดอายุวันที่'] },
  cardIssuer: { dev: ['สถานที่ออกบัตร'], val: ['ออกให้ที่'] },
};

/** English-only wordings (for English pages; `dev`/`val` as above). */
export const EN_LABELS: Record<string, { dev: string[]; val: string[] }> = {
  citizenId: { dev: ['Citizen ID'], val: ['National ID number'] },
  title: { dev: ['Title'], val: ['Prefix'] },
  firstNameEn: { dev: ['First name'], val: ['Given name'] },
  lastNameEn: { dev: ['Last name'], val: ['Family name'] },
  birthDate: { dev: ['Date of birth'], val: ['Birth date'] },
  email: { dev: ['Email'], val: ['E-mail address'] },
  mobile: { dev: ['Mobile phone'], val: ['Mobile'] },
  postcode: { dev: ['Postcode'], val: ['ZIP code'] },
  province: { dev: ['Province'], val: ['Province / State'] },
};

/** Labels that look like card fields but are not (expected null), and labels of other people's fields. */
export const CONFUSABLES = {
  dev: [
    ['ชื่อเล่น', 'text'],
    ['ชื่อผู้ใช้', 'text'],
    ['รหัสผ่าน', 'password'],
    ['รหัสยืนยัน (captcha)', 'text'],
    ['เลขประจำตัวผู้เสียภาษี', 'text'],
    ['หมู่โลหิต', 'select-blood'],
    ['ชื่อหน่วยงาน', 'text'],
    ['สัญชาติ', 'text'],
    ['เลขที่ตำแหน่ง', 'text'],
  ],
  val: [
    ['เลขหลังบัตร (Laser ID)', 'text'],
    ['หมู่เลือด', 'select-blood'],
    ['ชื่อบริษัท', 'text'],
    ['ชื่อไฟล์แนบ', 'text'],
    ['คำสั่งเลขที่', 'text'],
    ['Username', 'text'],
    ['Password', 'password'],
    ['อายุ', 'text'],
    ['หมู่บ้าน', 'text'],
  ],
} as const;
