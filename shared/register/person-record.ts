import * as z from 'zod';
import { CardNameSchema, PartialDateSchema } from '../card/card-record';
import {
  AcademicStandingRow,
  DecorationRow,
  DisciplineRow,
  EducationRow,
  LeaveRow,
  PositionRow,
  TeachingLicenceRow,
  TrainingRow,
} from './history-sections';
import { StaffStatus, StaffType } from './staff-type';

/**
 * One staff member's whole ก.พ.7 in the staff register (ทะเบียนบุคลากร): the record synced in collection `people`,
 * imported from spreadsheets, captured from saved LHR pages and filled back into them. Versioned: a reader that meets
 * a newer `schemaVersion` keeps the record untouched instead of rewriting it.
 *
 * Every date is a Buddhist-era PartialDate. Text is kept as typed (trimmed); "" and null mean unknown.
 */
export const PERSON_RECORD_VERSION = 1;

const text = z.string().max(500).default('');
const date = PartialDateSchema.nullable().default(null);

export const RegisterAddress = z
  .object({
    houseNo: text,
    moo: text,
    village: text,
    soi: text,
    road: text,
    subdistrict: text,
    district: text,
    province: text,
    postcode: z
      .string()
      .regex(/^(\d{5})?$/)
      .default(''),
  })
  .strict();
export type RegisterAddress = z.infer<typeof RegisterAddress>;

const emptyName = { title: '', first: '', middle: '', last: '' };

export const Appointment = z
  .object({
    positionTitle: text,
    /** บริหารท้องถิ่น · อำนวยการท้องถิ่น · วิชาการ · ทั่วไป (civil servants); free text for the others */
    positionType: text,
    level: text,
    positionNo: text,
    division: text,
    salary: z.number().nonnegative().nullable().default(null),
    /** วันสั่งบรรจุ */
    appointDate: date,
    /** วันเริ่มปฏิบัติราชการ */
    startDate: date,
    status: StaffStatus.default('active'),
    /** when the status last changed (retirement, resignation, transfer order, …) */
    statusDate: date,
    /** the order behind the status change, e.g. คำสั่งที่ 123/2568 */
    statusReference: text,
  })
  .strict();
export type Appointment = z.infer<typeof Appointment>;

/** The most rows of each ก.พ.7 section a record keeps (the importer reports the rest as TOO_MANY_ROWS). */
export const SECTION_MAX_ROWS = {
  education: 100,
  positions: 400,
  decorations: 50,
  leave: 100,
  training: 300,
  discipline: 50,
  academicStandings: 20,
  teachingLicences: 20,
} as const;

export const PersonRecord = z
  .object({
    schemaVersion: z.literal(PERSON_RECORD_VERSION).default(PERSON_RECORD_VERSION),
    citizenId: z.string().regex(/^\d{13}$/),
    staffType: StaffType,
    name: z.object({ th: CardNameSchema, en: CardNameSchema.default(emptyName) }).strict(),
    birthDate: date,
    sex: z.enum(['male', 'female', 'unknown']).default('unknown'),
    /** ที่อยู่ตามทะเบียนบ้าน */
    address: RegisterAddress.default(RegisterAddress.parse({})),
    /** ที่อยู่ปัจจุบัน; null = same as registered */
    currentAddress: RegisterAddress.nullable().default(null),
    contacts: z
      .object({ phone: text, mobile: text, email: text })
      .strict()
      .default({ phone: '', mobile: '', email: '' }),
    family: z
      .object({ spouse: text, father: text, mother: text, maritalStatus: text })
      .strict()
      .default({ spouse: '', father: '', mother: '', maritalStatus: '' }),
    appointment: Appointment.default(Appointment.parse({})),
    education: z.array(EducationRow).max(SECTION_MAX_ROWS.education).default([]),
    positions: z.array(PositionRow).max(SECTION_MAX_ROWS.positions).default([]),
    decorations: z.array(DecorationRow).max(SECTION_MAX_ROWS.decorations).default([]),
    leave: z.array(LeaveRow).max(SECTION_MAX_ROWS.leave).default([]),
    training: z.array(TrainingRow).max(SECTION_MAX_ROWS.training).default([]),
    discipline: z.array(DisciplineRow).max(SECTION_MAX_ROWS.discipline).default([]),
    /** teachers only */
    academicStandings: z.array(AcademicStandingRow).max(SECTION_MAX_ROWS.academicStandings).default([]),
    /** teachers only */
    teachingLicences: z.array(TeachingLicenceRow).max(SECTION_MAX_ROWS.teachingLicences).default([]),
    /** where the record's parts came from last, for the officer's "captured / imported" view and undo */
    provenance: z
      .object({
        /** ISO timestamp of the last change by any source */
        updatedAt: z.string().default(''),
        /** section key → source of its last change */
        sections: z.record(z.string(), z.enum(['card', 'import', 'capture', 'manual', 'list'])).default({}),
        /** seen on the LHR staff list (ค้นหาบุคลากร) — the "in LHR" count of the certification checklist */
        listedInLhrAt: z.string().default(''),
      })
      .strict()
      .default({ updatedAt: '', sections: {}, listedInLhrAt: '' }),
  })
  .strict();
export type PersonRecord = z.infer<typeof PersonRecord>;
/** What callers may pass: every defaulted part optional. */
export type PersonRecordInput = z.input<typeof PersonRecord>;
