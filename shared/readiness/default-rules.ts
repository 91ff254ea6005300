import type { ReadinessRules, StaffTypeRules } from './readiness-rules';
import type { RequiredField } from './required-fields';

/**
 * The rules that ship with every release; the backend's `rules/readiness` record replaces them when newer.
 * Required fields follow the E-level column of the field dictionary (domain.md §4.2/§4.3); deadlines are the ones
 * the DLA and province letters set (seeds 002: 2560, seed 004: 2562).
 */
const everyone: RequiredField[] = [
  'name.th.title',
  'name.th.first',
  'name.th.last',
  'birthDate',
  'sex',
  'address.houseNo',
  'address.subdistrict',
  'address.district',
  'address.province',
  'appointment.positionTitle',
  'appointment.startDate',
];

const type = (extra: RequiredField[], rest: Omit<StaffTypeRules, 'requiredFields'>): StaffTypeRules => ({
  requiredFields: [...everyone, ...extra],
  ...rest,
});

export const DEFAULT_READINESS_RULES: ReadinessRules = {
  schemaVersion: 1,
  version: '2569.1',
  staffTypes: {
    'civil-servant': type(
      [
        'appointment.positionType',
        'appointment.level',
        'appointment.positionNo',
        'appointment.salary',
        'appointment.appointDate',
      ],
      { requiredSections: ['education', 'positions'], salaryEveryFiscalYear: true, retires: true },
    ),
    teacher: type(
      ['appointment.level', 'appointment.positionNo', 'appointment.salary', 'appointment.appointDate'],
      {
        requiredSections: ['education', 'positions', 'teachingLicences'],
        salaryEveryFiscalYear: true,
        retires: true,
      },
    ),
    'permanent-employee': type(['appointment.positionNo', 'appointment.salary', 'appointment.appointDate'], {
      requiredSections: ['positions'],
      salaryEveryFiscalYear: true,
      retires: true,
    }),
    'mission-employee': type(['appointment.salary', 'appointment.appointDate'], {
      requiredSections: ['positions'],
      salaryEveryFiscalYear: true,
      retires: false,
    }),
    'general-employee': type(['appointment.salary'], {
      requiredSections: ['positions'],
      salaryEveryFiscalYear: false,
      retires: false,
    }),
  },
  minStartAge: 18,
  retirementAge: 60,
  positionsInDateOrder: true,
  windows: [
    {
      start: '2017-01-17',
      end: '2017-03-25',
      source: 'มท 0809.7/ว 573 ลงวันที่ 3 มี.ค. 2560 (ขยายจาก 10 ก.พ. 2560)',
    },
    {
      start: '2019-06-01',
      end: '2019-07-31',
      source: 'มท 0809.3/ว 2095 ลงวันที่ 27 พ.ค. 2562 (แผนปฏิบัติงาน ข้อ 3, LPA ตัวชี้วัด 2.9)',
    },
  ],
  estimatedWindow: {
    start: '06-01',
    end: '07-31',
    basis: 'ตามแผนปฏิบัติงานปี 2562 (มท 0809.3/ว 2095): บันทึกข้อมูล 1 มิ.ย. – 31 ก.ค.',
  },
};
