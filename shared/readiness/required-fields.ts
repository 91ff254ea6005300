import type { PersonRecord } from '../register/person-record';

/**
 * The ก.พ.7 fields a readiness rule may require, as dotted paths into PersonRecord. The list is closed on purpose:
 * rules served by the backend can pick among these, but cannot name a path the checker does not know how to read.
 */
export const REQUIRED_FIELDS = {
  'name.th.title': { th: 'คำนำหน้าชื่อ', en: 'Title', read: (p) => p.name.th.title },
  'name.th.first': { th: 'ชื่อ', en: 'First name', read: (p) => p.name.th.first },
  'name.th.last': { th: 'นามสกุล', en: 'Last name', read: (p) => p.name.th.last },
  'name.en.first': { th: 'ชื่อ (ภาษาอังกฤษ)', en: 'First name (English)', read: (p) => p.name.en.first },
  'name.en.last': { th: 'นามสกุล (ภาษาอังกฤษ)', en: 'Last name (English)', read: (p) => p.name.en.last },
  birthDate: { th: 'วัน เดือน ปี เกิด', en: 'Date of birth', read: (p) => p.birthDate },
  sex: { th: 'เพศ', en: 'Sex', read: (p) => (p.sex === 'unknown' ? null : p.sex) },
  'address.houseNo': { th: 'บ้านเลขที่', en: 'House number', read: (p) => p.address.houseNo },
  'address.subdistrict': { th: 'ตำบล/แขวง', en: 'Subdistrict', read: (p) => p.address.subdistrict },
  'address.district': { th: 'อำเภอ/เขต', en: 'District', read: (p) => p.address.district },
  'address.province': { th: 'จังหวัด', en: 'Province', read: (p) => p.address.province },
  'address.postcode': { th: 'รหัสไปรษณีย์', en: 'Postcode', read: (p) => p.address.postcode },
  'family.father': { th: 'ชื่อบิดา', en: "Father's name", read: (p) => p.family.father },
  'family.mother': { th: 'ชื่อมารดา', en: "Mother's name", read: (p) => p.family.mother },
  'appointment.positionTitle': { th: 'ตำแหน่ง', en: 'Position', read: (p) => p.appointment.positionTitle },
  'appointment.positionType': {
    th: 'ประเภทตำแหน่ง',
    en: 'Position type',
    read: (p) => p.appointment.positionType,
  },
  'appointment.level': { th: 'ระดับ', en: 'Level', read: (p) => p.appointment.level },
  'appointment.positionNo': {
    th: 'เลขที่ตำแหน่ง',
    en: 'Position number',
    read: (p) => p.appointment.positionNo,
  },
  'appointment.division': { th: 'ส่วนราชการ', en: 'Division', read: (p) => p.appointment.division },
  'appointment.salary': { th: 'อัตราเงินเดือน', en: 'Salary', read: (p) => p.appointment.salary },
  'appointment.appointDate': {
    th: 'วันสั่งบรรจุ',
    en: 'Appointment date',
    read: (p) => p.appointment.appointDate,
  },
  'appointment.startDate': {
    th: 'วันเริ่มปฏิบัติราชการ',
    en: 'Start of service',
    read: (p) => p.appointment.startDate,
  },
} as const satisfies Record<string, { th: string; en: string; read: (p: PersonRecord) => unknown }>;

export type RequiredField = keyof typeof REQUIRED_FIELDS;
export const REQUIRED_FIELD_KEYS = Object.keys(REQUIRED_FIELDS) as [RequiredField, ...RequiredField[]];

/** True when the field holds nothing: null, or text that is blank after trimming. */
export function isFieldEmpty(person: PersonRecord, field: RequiredField): boolean {
  const value = REQUIRED_FIELDS[field].read(person);
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
