import * as z from 'zod';
import { HISTORY_SECTIONS, type HistorySection } from '../history-sections';

/**
 * Every spreadsheet column the importer understands, named by where its value lands in a PersonRecord
 * (`appointment.salary`, `education.degree`). `rowNumber` (ลำดับ) is recognised so it is not mistaken for data;
 * `name.th.full` is a combined ชื่อ-สกุล column split into title, first, middle and last.
 *
 * `headers` lists the Thai (and English) spellings officers use; the first one is the header our own template
 * writes. Matching ignores spaces, dots, ฯ and digit style (see header-match.ts).
 */
export type FieldKind =
  | 'ignore'
  | 'citizenId'
  | 'text'
  | 'fullName'
  | 'date'
  | 'money'
  | 'days'
  | 'year'
  | 'staffType'
  | 'sex'
  | 'status'
  | 'postcode';

export interface FieldSpec {
  kind: FieldKind;
  headers: readonly string[];
}

const f = (kind: FieldKind, ...headers: string[]): FieldSpec => ({ kind, headers });

const ADDRESS_PARTS: ReadonlyArray<[string, string[]]> = [
  ['houseNo', ['บ้านเลขที่', 'เลขที่']],
  ['moo', ['หมู่ที่', 'หมู่', 'ม.']],
  ['village', ['หมู่บ้าน', 'หมู่บ้าน/อาคาร']],
  ['soi', ['ซอย', 'ตรอก/ซอย']],
  ['road', ['ถนน']],
  ['subdistrict', ['ตำบล', 'ตำบล/แขวง', 'แขวง']],
  ['district', ['อำเภอ', 'อำเภอ/เขต', 'เขต']],
  ['province', ['จังหวัด']],
  ['postcode', ['รหัสไปรษณีย์']],
];

function addressFields(prefix: 'address' | 'currentAddress'): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const [key, labels] of ADDRESS_PARTS) {
    const kind: FieldKind = key === 'postcode' ? 'postcode' : 'text';
    const headers =
      prefix === 'address'
        ? [...labels, ...labels.flatMap((l) => [`${l} (ตามทะเบียนบ้าน)`, `${l} (ทะเบียนบ้าน)`])]
        : labels.flatMap((l) => [`${l} (ที่อยู่ปัจจุบัน)`, `${l} (ปัจจุบัน)`, `${l}ปัจจุบัน`]);
    out[`${prefix}.${key}`] = { kind, headers };
  }
  return out;
}

/** Columns of a people sheet (one row per person). */
export const PERSON_FIELDS = {
  rowNumber: f('ignore', 'ลำดับ', 'ลำดับที่', 'ที่', 'no', '#'),
  citizenId: f(
    'citizenId',
    'เลขประจำตัวประชาชน',
    'เลขบัตรประชาชน',
    'เลขที่บัตร',
    'เลขที่บัตรประชาชน',
    'เลขบัตรประจำตัวประชาชน',
    'เลขที่บัตรประจำตัวประชาชน',
    'เลขประจำตัวประชาชน 13 หลัก',
    'รหัสประจำตัวประชาชน',
    'บัตรประชาชน',
    'เลขบัตร',
    'citizenId',
    'citizen id',
  ),
  'name.th.title': f('text', 'คำนำหน้า', 'คำนำหน้าชื่อ', 'คำนำหน้านาม', 'ยศ/คำนำหน้า', 'title'),
  'name.th.first': f('text', 'ชื่อ', 'ชื่อตัว', 'ชื่อจริง', 'first name'),
  'name.th.middle': f('text', 'ชื่อกลาง', 'middle name'),
  'name.th.last': f('text', 'นามสกุล', 'ชื่อสกุล', 'สกุล', 'last name', 'surname'),
  'name.th.full': f(
    'fullName',
    'ชื่อ-สกุล',
    'ชื่อ-นามสกุล',
    'ชื่อ - สกุล',
    'ชื่อและนามสกุล',
    'คำนำหน้า-ชื่อ-สกุล',
    'ชื่อตัว-ชื่อสกุล',
    'name',
  ),
  'name.en.title': f('text', 'คำนำหน้า (ภาษาอังกฤษ)', 'คำนำหน้าภาษาอังกฤษ'),
  'name.en.first': f('text', 'ชื่อ (ภาษาอังกฤษ)', 'ชื่อภาษาอังกฤษ'),
  'name.en.middle': f('text', 'ชื่อกลาง (ภาษาอังกฤษ)', 'ชื่อกลางภาษาอังกฤษ'),
  'name.en.last': f('text', 'นามสกุล (ภาษาอังกฤษ)', 'นามสกุลภาษาอังกฤษ'),
  birthDate: f(
    'date',
    'วันเดือนปีเกิด',
    'วันเกิด',
    'วัน เดือน ปี เกิด',
    'วัน/เดือน/ปีเกิด',
    'ว/ด/ป เกิด',
    'ว.ด.ป. เกิด',
    'วันที่เกิด',
    'เกิดวันที่',
    'birth date',
    'date of birth',
  ),
  sex: f('sex', 'เพศ', 'sex', 'gender'),
  staffType: f(
    'staffType',
    'ประเภทบุคลากร',
    'ประเภท',
    'ประเภทพนักงาน',
    'ประเภทข้าราชการ',
    'ประเภทการจ้าง',
    'ประเภทเจ้าหน้าที่',
    'staff type',
  ),
  'appointment.positionTitle': f('text', 'ตำแหน่ง', 'ชื่อตำแหน่ง', 'ตำแหน่งในสายงาน', 'ตำแหน่งปัจจุบัน', 'position'),
  'appointment.positionType': f('text', 'ประเภทตำแหน่ง'),
  'appointment.level': f('text', 'ระดับ', 'ระดับตำแหน่ง', 'level'),
  'appointment.positionNo': f('text', 'เลขที่ตำแหน่ง', 'เลขตำแหน่ง', 'ตำแหน่งเลขที่'),
  'appointment.division': f('text', 'ส่วนราชการ', 'สังกัด', 'กอง', 'สำนัก/กอง', 'กอง/ฝ่าย', 'หน่วยงาน'),
  'appointment.salary': f('money', 'เงินเดือน', 'อัตราเงินเดือน', 'ค่าจ้าง', 'ค่าตอบแทน', 'salary'),
  'appointment.appointDate': f(
    'date',
    'วันบรรจุ',
    'วันที่บรรจุ',
    'วันสั่งบรรจุ',
    'วันบรรจุแต่งตั้ง',
    'วันที่บรรจุแต่งตั้ง',
    'วันเดือนปีที่บรรจุ',
    'วันที่จ้าง',
  ),
  'appointment.startDate': f(
    'date',
    'วันเริ่มปฏิบัติราชการ',
    'วันที่เริ่มปฏิบัติราชการ',
    'วันเริ่มปฏิบัติงาน',
    'วันที่เริ่มปฏิบัติงาน',
    'วันเริ่มงาน',
  ),
  'appointment.status': f('status', 'สถานะ', 'สถานภาพ', 'สถานะบุคลากร'),
  'appointment.statusDate': f('date', 'วันที่เปลี่ยนสถานะ', 'วันที่พ้นสภาพ'),
  'appointment.statusReference': f('text', 'เอกสารอ้างอิงสถานะ', 'คำสั่งเปลี่ยนสถานะ'),
  ...addressFields('address'),
  ...addressFields('currentAddress'),
  'contacts.phone': f('text', 'โทรศัพท์', 'เบอร์โทรศัพท์', 'โทร', 'หมายเลขโทรศัพท์', 'phone'),
  'contacts.mobile': f('text', 'โทรศัพท์มือถือ', 'มือถือ', 'เบอร์มือถือ', 'mobile'),
  'contacts.email': f('text', 'อีเมล', 'อีเมล์', 'e-mail', 'email'),
  'family.spouse': f('text', 'ชื่อคู่สมรส', 'คู่สมรส'),
  'family.father': f('text', 'ชื่อบิดา', 'บิดา'),
  'family.mother': f('text', 'ชื่อมารดา', 'มารดา'),
  'family.maritalStatus': f('text', 'สถานภาพสมรส', 'สถานภาพการสมรส', 'สถานะสมรส'),
} satisfies Record<string, FieldSpec>;

const date = (...headers: string[]) => f('date', ...headers);
const text = (...headers: string[]) => f('text', ...headers);
const reference = text('เอกสารอ้างอิง', 'อ้างอิง', 'หมายเหตุ');

/** Columns of each section sheet (one row per ก.พ.7 row), keyed by the section row's own keys. */
export const SECTION_FIELDS: {
  [S in HistorySection]: Record<keyof z.infer<(typeof HISTORY_SECTIONS)[S]>, FieldSpec>;
} = {
  education: {
    institution: text('สถานศึกษา', 'สถาบัน', 'สถาบันการศึกษา', 'ชื่อสถานศึกษา'),
    from: date('ตั้งแต่', 'ตั้งแต่ (เดือน ปี)', 'วันที่เริ่ม', 'เริ่ม', 'จาก'),
    to: date('ถึง', 'ถึง (เดือน ปี)', 'วันที่สำเร็จ', 'สำเร็จการศึกษา', 'ปีที่สำเร็จ', 'ปีที่จบ', 'จบ'),
    degree: text('วุฒิที่ได้รับ', 'วุฒิ', 'วุฒิการศึกษา', 'ปริญญา', 'ระดับการศึกษา'),
    major: text('สาขาวิชา', 'สาขา', 'วิชาเอก'),
    country: text('ประเทศ'),
  },
  positions: {
    date: date('วัน เดือน ปี', 'วันเดือนปี', 'วันที่', 'ว/ด/ป', 'วันที่มีผล', 'วันที่ดำรงตำแหน่ง'),
    positionTitle: text('ตำแหน่ง', 'ชื่อตำแหน่ง'),
    positionNo: text('เลขที่ตำแหน่ง', 'เลขตำแหน่ง', 'ตำแหน่งเลขที่'),
    level: text('ระดับ', 'ระดับตำแหน่ง'),
    salary: f('money', 'อัตราเงินเดือน', 'เงินเดือน', 'อัตรา'),
    orderNo: text('เลขที่คำสั่ง', 'คำสั่งเลขที่', 'คำสั่งที่', 'คำสั่ง'),
    orderDate: date('ลงวันที่', 'วันที่คำสั่ง', 'คำสั่งลงวันที่', 'วันที่ออกคำสั่ง'),
    reference,
  },
  decorations: {
    decoration: text('เครื่องราชอิสริยาภรณ์', 'ชั้นเครื่องราช', 'ลำดับเครื่องราช', 'เครื่องราช', 'ชั้นตรา'),
    positionAtTheTime: text('ตำแหน่ง ณ ปีที่ได้รับ', 'ตำแหน่ง', 'ตำแหน่งขณะได้รับ'),
    date: date('วันที่ได้รับพระราชทาน', 'ว.ด.ป. ที่ได้รับพระราชทาน', 'วันที่ได้รับ', 'วันเดือนปี'),
    gazetteVolume: text('เล่มที่', 'เล่ม', 'ราชกิจจานุเบกษา เล่มที่'),
    gazettePart: text('ตอนที่', 'ตอน'),
    gazettePage: text('หน้าที่', 'หน้า'),
    receivedDate: date('รับมอบเมื่อ', 'วันที่รับมอบ'),
    returnedDate: date('ส่งคืนเมื่อ', 'วันที่ส่งคืน'),
  },
  leave: {
    fiscalYear: f('year', 'ปีงบประมาณ', 'พ.ศ.', 'ปี', 'ปีงบ'),
    sick: f('days', 'ลาป่วย'),
    personalAndVacation: f('days', 'ลากิจและพักผ่อน', 'ลากิจ/พักผ่อน', 'ลากิจและลาพักผ่อน', 'ลากิจ'),
    late: f('days', 'สาย', 'มาสาย'),
    absent: f('days', 'ขาดราชการ', 'ขาด', 'ขาดงาน'),
    studyLeave: f('days', 'ลาศึกษาต่อ', 'ลาศึกษา'),
  },
  training: {
    course: text('หลักสูตร', 'ชื่อหลักสูตร', 'หลักสูตร/โครงการ'),
    batch: text('รุ่นที่', 'รุ่น'),
    place: text('สถานที่', 'สถานที่อบรม', 'หน่วยงานที่จัด'),
    from: date('ตั้งแต่', 'วันที่เริ่ม'),
    to: date('ถึง', 'วันที่สิ้นสุด'),
  },
  discipline: {
    year: f('year', 'พ.ศ.', 'ปี'),
    description: text('รายการ', 'โทษ', 'รายละเอียด'),
    reference: text('เอกสารอ้างอิง', 'อ้างอิง', 'คำสั่ง'),
  },
  academicStandings: {
    standing: text('วิทยฐานะ'),
    date: date('วันที่ได้รับ', 'วันที่', 'วันที่มีผล'),
    reference: text('เอกสารอ้างอิง', 'อ้างอิง', 'คำสั่ง'),
  },
  teachingLicences: {
    licenceNo: text('เลขที่ใบอนุญาต', 'เลขที่', 'เลขที่ใบอนุญาตประกอบวิชาชีพ'),
    issueDate: date('วันที่ออก', 'วันออกใบอนุญาต', 'ออกให้เมื่อ', 'วันที่ออกใบอนุญาต'),
    expiryDate: date('วันหมดอายุ', 'วันที่หมดอายุ', 'ใช้ได้ถึง'),
  },
};

/** Sheet names (and their usual spellings) that hold one section; every other sheet is read as people. */
export const SECTION_SHEET_NAMES: Record<HistorySection, readonly string[]> = {
  education: ['การศึกษา', 'ประวัติการศึกษา', 'วุฒิการศึกษา'],
  positions: ['ตำแหน่งและอัตราเงินเดือน', 'ตำแหน่งและเงินเดือน', 'ประวัติการรับราชการ', 'ประวัติรับราชการ', 'เงินเดือน'],
  decorations: ['เครื่องราชฯ', 'เครื่องราช', 'เครื่องราชอิสริยาภรณ์'],
  leave: ['วันลา', 'การลา', 'จำนวนวันลา'],
  training: ['ฝึกอบรม', 'การฝึกอบรม', 'อบรม', 'ฝึกอบรมและดูงาน', 'การฝึกอบรมและดูงาน'],
  discipline: ['วินัย', 'โทษทางวินัย', 'การได้รับโทษทางวินัย'],
  academicStandings: ['วิทยฐานะ'],
  teachingLicences: ['ใบอนุญาต', 'ใบอนุญาตประกอบวิชาชีพ', 'ใบประกอบวิชาชีพ', 'ใบอนุญาตประกอบวิชาชีพครู'],
};

export type PersonField = keyof typeof PERSON_FIELDS;
export type SectionField = {
  [S in HistorySection]: `${S}.${keyof (typeof SECTION_FIELDS)[S] & string}`;
}[HistorySection];
/** A column's destination; on a section sheet `citizenId` and `rowNumber` are the only person fields read. */
export type ImportField = PersonField | SectionField;

const ALL_FIELDS: string[] = [
  ...Object.keys(PERSON_FIELDS),
  ...Object.entries(SECTION_FIELDS).flatMap(([s, fields]) => Object.keys(fields).map((k) => `${s}.${k}`)),
];
export const ImportField = z.enum(ALL_FIELDS as [ImportField, ...ImportField[]]);

/** What a sheet holds: people (one row each) or one ก.พ.7 section (rows joined to people by citizen ID). */
export const SheetKind = z.enum(['people', ...(Object.keys(HISTORY_SECTIONS) as HistorySection[])]);
export type SheetKind = z.infer<typeof SheetKind>;

/** The spec of a field (its value kind and header spellings). */
export function fieldSpec(field: ImportField): FieldSpec {
  if (field in PERSON_FIELDS) return PERSON_FIELDS[field as PersonField];
  const [section, key] = field.split('.') as [HistorySection, string];
  return (SECTION_FIELDS[section] as Record<string, FieldSpec>)[key] as FieldSpec;
}

/** The fields a sheet of this kind can hold, in template order. */
export function fieldsOfKind(kind: SheetKind): ImportField[] {
  if (kind === 'people') return Object.keys(PERSON_FIELDS) as ImportField[];
  return [
    'rowNumber',
    'citizenId',
    ...Object.keys(SECTION_FIELDS[kind]).map((k) => `${kind}.${k}` as ImportField),
  ];
}
