/**
 * HISTORY_SECTION_LABELS of shared/register/history-sections.ts, repeated here because that module defines zod
 * schemas, which the page bundle does not carry (docs/extension.md).
 */
export const SECTION_LABELS: Record<string, { th: string; en: string }> = {
  identity: { th: 'ข้อมูลส่วนตัว', en: 'Personal data' },
  staffType: { th: 'ประเภทบุคลากร', en: 'Staff type' },
  address: { th: 'ที่อยู่', en: 'Address' },
  contacts: { th: 'การติดต่อ', en: 'Contacts' },
  education: { th: 'ประวัติการศึกษา', en: 'Education' },
  positions: { th: 'ตำแหน่งและอัตราเงินเดือน', en: 'Positions and salary' },
  decorations: { th: 'เครื่องราชอิสริยาภรณ์', en: 'Royal decorations' },
  leave: { th: 'วันลา', en: 'Leave days' },
  training: { th: 'การฝึกอบรมและดูงาน', en: 'Training' },
  discipline: { th: 'การได้รับโทษทางวินัย', en: 'Disciplinary record' },
  academicStandings: { th: 'วิทยฐานะ', en: 'Academic standing' },
  teachingLicences: { th: 'ใบอนุญาตประกอบวิชาชีพ', en: 'Teaching licence' },
};
