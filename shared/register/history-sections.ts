import * as z from 'zod';
import { PartialDateSchema } from '../card/card-record';

/**
 * The repeating ก.พ.7 sections, one row schema each (domain.md §4.2 "Repeating ก.พ.7 rows"). Every date is a
 * Buddhist-era PartialDate; text the officer typed is kept as typed (trimmed). Unknown is null or "", never guessed.
 */
const text = z.string().max(500).default('');
const date = PartialDateSchema.nullable().default(null);
/** a document reference such as คำสั่ง อบต.xxx ที่ 123/2560 ลงวันที่ … */
const reference = z.string().max(500).default('');

export const EducationRow = z
  .object({
    institution: text,
    from: date,
    to: date,
    degree: text,
    major: text,
    country: text,
  })
  .strict();

export const PositionRow = z
  .object({
    date: date,
    positionTitle: text,
    positionNo: text,
    level: text,
    /** whole baht; null when the row has no salary (e.g. a title change) */
    salary: z.number().nonnegative().nullable().default(null),
    orderNo: text,
    orderDate: date,
    reference,
  })
  .strict();

export const DecorationRow = z
  .object({
    /** as written: ต.ม., ท.ช., ป.ม., … */
    decoration: text,
    positionAtTheTime: text,
    date: date,
    gazetteVolume: text,
    gazettePart: text,
    gazettePage: text,
    receivedDate: date,
    returnedDate: date,
  })
  .strict();

const days = z.number().nonnegative().max(366).nullable().default(null);
export const LeaveRow = z
  .object({
    /** ปีงบประมาณ (BE), October–September */
    fiscalYear: z.number().int().min(2400).max(2700),
    sick: days,
    personalAndVacation: days,
    late: days,
    absent: days,
    studyLeave: days,
  })
  .strict();

export const TrainingRow = z
  .object({ course: text, batch: text, place: text, from: date, to: date })
  .strict();

export const DisciplineRow = z
  .object({
    year: z.number().int().min(2400).max(2700).nullable().default(null),
    description: text,
    reference,
  })
  .strict();

/** Teachers only: วิทยฐานะ (academic standing) rows. */
export const AcademicStandingRow = z.object({ standing: text, date: date, reference }).strict();

/** Teachers only: ใบอนุญาตประกอบวิชาชีพครู. */
export const TeachingLicenceRow = z.object({ licenceNo: text, issueDate: date, expiryDate: date }).strict();

/** Section keys as they appear in the record, the importer, the readiness rules and site profiles. */
export const HISTORY_SECTIONS = {
  education: EducationRow,
  positions: PositionRow,
  decorations: DecorationRow,
  leave: LeaveRow,
  training: TrainingRow,
  discipline: DisciplineRow,
  academicStandings: AcademicStandingRow,
  teachingLicences: TeachingLicenceRow,
} as const;
export type HistorySection = keyof typeof HISTORY_SECTIONS;
export const HistorySection = z.enum(Object.keys(HISTORY_SECTIONS) as [HistorySection, ...HistorySection[]]);

export const HISTORY_SECTION_LABELS: Record<HistorySection, { th: string; en: string }> = {
  education: { th: 'ประวัติการศึกษา', en: 'Education' },
  positions: { th: 'ตำแหน่งและอัตราเงินเดือน', en: 'Positions and salary' },
  decorations: { th: 'เครื่องราชอิสริยาภรณ์', en: 'Royal decorations' },
  leave: { th: 'วันลา', en: 'Leave days' },
  training: { th: 'การฝึกอบรมและดูงาน', en: 'Training' },
  discipline: { th: 'การได้รับโทษทางวินัย', en: 'Disciplinary record' },
  academicStandings: { th: 'วิทยฐานะ', en: 'Academic standing' },
  teachingLicences: { th: 'ใบอนุญาตประกอบวิชาชีพ', en: 'Teaching licence' },
};
