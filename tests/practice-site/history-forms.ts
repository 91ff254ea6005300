import type { HistorySection } from '../../shared/register/history-sections';

/** One column of a history page: its header, the add-row control, and how the site checks what was typed. */
export interface HistoryColumn {
  header: string;
  control: string;
  kind: 'text' | 'date' | 'year' | 'number' | 'select';
  options?: readonly string[];
  required?: boolean;
}

export interface HistoryForm {
  section: HistorySection;
  path: string;
  title: string;
  grid: string;
  columns: readonly HistoryColumn[];
}

const LEVELS = [
  'ปฏิบัติงาน',
  'ชำนาญงาน',
  'อาวุโส',
  'ปฏิบัติการ',
  'ชำนาญการ',
  'ชำนาญการพิเศษ',
  'เชี่ยวชาญ',
  'ต้น',
  'กลาง',
  'สูง',
];

/** The ก.พ.7 history pages of the practice site, one per section, with the real pages' section numbers. */
export const HISTORY_FORMS: readonly HistoryForm[] = [
  {
    section: 'education',
    path: '/kp7-education.aspx',
    title: '๗. ประวัติการศึกษา',
    grid: 'gvEducation',
    columns: [
      { header: 'สถานศึกษา', control: 'txtInstitution', kind: 'text', required: true },
      { header: 'ตั้งแต่ (พ.ศ.)', control: 'txtFromYear', kind: 'year' },
      { header: 'ถึง (พ.ศ.)', control: 'txtToYear', kind: 'year' },
      { header: 'วุฒิการศึกษา', control: 'txtDegree', kind: 'text', required: true },
      { header: 'สาขาวิชาเอก', control: 'txtMajor', kind: 'text' },
      { header: 'ประเทศ', control: 'txtCountry', kind: 'text' },
    ],
  },
  {
    section: 'positions',
    path: '/kp7-position.aspx',
    title: '๑๓. ตำแหน่งและอัตราเงินเดือน',
    grid: 'gvPosition',
    columns: [
      { header: 'วัน เดือน ปี', control: 'txtPositionDate', kind: 'date', required: true },
      { header: 'ตำแหน่ง', control: 'txtPositionName', kind: 'text', required: true },
      { header: 'เลขที่ตำแหน่ง', control: 'txtPositionNo', kind: 'text' },
      { header: 'ระดับ', control: 'ddlLevel', kind: 'select', options: LEVELS },
      { header: 'อัตราเงินเดือน', control: 'txtSalary', kind: 'number' },
      { header: 'เอกสารอ้างอิง', control: 'txtReference', kind: 'text' },
    ],
  },
  {
    section: 'decorations',
    path: '/kp7-decoration.aspx',
    title: '๘. เครื่องราชอิสริยาภรณ์',
    grid: 'gvDecoration',
    columns: [
      { header: 'ชั้นเครื่องราชฯ', control: 'txtDecoration', kind: 'text', required: true },
      { header: 'ตำแหน่งขณะได้รับ', control: 'txtPositionAtTime', kind: 'text' },
      { header: 'วันที่ได้รับ', control: 'txtDecorationDate', kind: 'date' },
      { header: 'เล่มที่', control: 'txtVolume', kind: 'text' },
      { header: 'ตอนที่', control: 'txtPart', kind: 'text' },
      { header: 'หน้า', control: 'txtPage', kind: 'text' },
    ],
  },
  {
    section: 'leave',
    path: '/kp7-leave.aspx',
    title: '๑๑. จำนวนวันลาหยุดราชการ',
    grid: 'gvLeave',
    columns: [
      { header: 'ปีงบประมาณ', control: 'txtFiscalYear', kind: 'year', required: true },
      { header: 'ลาป่วย', control: 'txtSick', kind: 'number' },
      { header: 'ลากิจและพักผ่อน', control: 'txtPersonal', kind: 'number' },
      { header: 'มาสาย', control: 'txtLate', kind: 'number' },
      { header: 'ขาดราชการ', control: 'txtAbsent', kind: 'number' },
      { header: 'ลาศึกษาต่อ', control: 'txtStudy', kind: 'number' },
    ],
  },
  {
    section: 'training',
    path: '/kp7-training.aspx',
    title: '๑๐. การฝึกอบรมและดูงาน',
    grid: 'gvTraining',
    columns: [
      { header: 'หลักสูตร', control: 'txtCourse', kind: 'text', required: true },
      { header: 'รุ่นที่', control: 'txtBatch', kind: 'text' },
      { header: 'สถานที่', control: 'txtPlace', kind: 'text' },
      { header: 'ตั้งแต่', control: 'txtTrainFrom', kind: 'date' },
      { header: 'ถึง', control: 'txtTrainTo', kind: 'date' },
    ],
  },
  {
    section: 'discipline',
    path: '/kp7-discipline.aspx',
    title: '๙. การได้รับโทษทางวินัย',
    grid: 'gvDiscipline',
    columns: [
      { header: 'พ.ศ.', control: 'txtDisciplineYear', kind: 'year' },
      { header: 'รายการ', control: 'txtDisciplineText', kind: 'text', required: true },
      { header: 'เอกสารอ้างอิง', control: 'txtDisciplineRef', kind: 'text' },
    ],
  },
  {
    section: 'academicStandings',
    path: '/kp7-standing.aspx',
    title: 'วิทยฐานะ (ข้าราชการครู)',
    grid: 'gvStanding',
    columns: [
      { header: 'วิทยฐานะ', control: 'txtStanding', kind: 'text', required: true },
      { header: 'วันที่ได้รับ', control: 'txtStandingDate', kind: 'date' },
      { header: 'เอกสารอ้างอิง', control: 'txtStandingRef', kind: 'text' },
    ],
  },
  {
    section: 'teachingLicences',
    path: '/kp7-licence.aspx',
    title: 'ใบอนุญาตประกอบวิชาชีพครู',
    grid: 'gvLicence',
    columns: [
      { header: 'เลขที่ใบอนุญาต', control: 'txtLicenceNo', kind: 'text', required: true },
      { header: 'วันออกใบอนุญาต', control: 'txtLicenceIssue', kind: 'date' },
      { header: 'วันหมดอายุ', control: 'txtLicenceExpiry', kind: 'date' },
    ],
  },
];
