import { describe, expect, it } from 'vitest';
import type { HistorySection } from '../history-sections';
import {
  matchHeader,
  normalizeHeader,
  sectionOfSheetName,
  staffTypeOfSheetName,
  suggestMapping,
} from './header-match';
import { fieldSpec, fieldsOfKind, type SheetKind } from './import-fields';

const KINDS: SheetKind[] = [
  'people',
  'education',
  'positions',
  'decorations',
  'leave',
  'training',
  'discipline',
  'academicStandings',
  'teachingLicences',
];

describe('header synonyms', () => {
  it.each(KINDS)('no two %s fields share a spelling, and every spelling matches its own field', (kind) => {
    const owner = new Map<string, string>();
    for (const field of fieldsOfKind(kind))
      for (const header of fieldSpec(field).headers) {
        const key = normalizeHeader(header);
        expect(owner.get(key) ?? field, `${header} is claimed twice`).toBe(field);
        owner.set(key, field);
        expect(matchHeader(header, kind)).toBe(field);
      }
  });

  it.each([
    ['เลขประจำตัวประชาชน', 'citizenId'],
    ['เลขบัตรประชาชน', 'citizenId'],
    ['เลขที่บัตร', 'citizenId'],
    ['เลขประจำตัวประชาชน (13 หลัก)', 'citizenId'],
    ['คำนำหน้าชื่อ', 'name.th.title'],
    ['ชื่อ', 'name.th.first'],
    ['ชื่อสกุล', 'name.th.last'],
    ['ชื่อ - สกุล', 'name.th.full'],
    ['ชื่อ – นามสกุล', 'name.th.full'],
    ['วัน เดือน ปี เกิด', 'birthDate'],
    ['ว.ด.ป.เกิด', 'birthDate'],
    ['วันเกิด (วว/ดด/ปปปป)', 'birthDate'],
    ['ประเภท', 'staffType'],
    ['ประเภทตำแหน่ง', 'appointment.positionType'],
    ['เงินเดือน (บาท)', 'appointment.salary'],
    ['๗. วันสั่งบรรจุ', 'appointment.appointDate'],
    ['เลขที่ตำแหน่ง', 'appointment.positionNo'],
    ['บ้านเลขที่', 'address.houseNo'],
    ['บ้านเลขที่ (ที่อยู่ปัจจุบัน)', 'currentAddress.houseNo'],
    ['ชื่อ (ภาษาอังกฤษ)', 'name.en.first'],
    ['หมายเหตุ', null],
  ])('people: %s → %s', (header, field) => {
    expect(matchHeader(header, 'people')).toBe(field);
  });

  it('reads the same header differently by sheet kind', () => {
    expect(matchHeader('ตำแหน่ง', 'people')).toBe('appointment.positionTitle');
    expect(matchHeader('ตำแหน่ง', 'positions')).toBe('positions.positionTitle');
    expect(matchHeader('ตำแหน่ง', 'decorations')).toBe('decorations.positionAtTheTime');
    expect(matchHeader('ตั้งแต่', 'education')).toBe('education.from');
  });
});

describe('sheet names', () => {
  it.each([
    ['การศึกษา', 'education'],
    ['ตำแหน่งและอัตราเงินเดือน', 'positions'],
    ['๑๓ . ตำแหน่งและอัตราเงินเดือน', 'positions'],
    ['เครื่องราชฯ', 'decorations'],
    ['วันลา', 'leave'],
    ['ฝึกอบรม', 'training'],
    ['วินัย', 'discipline'],
    ['วิทยฐานะ', 'academicStandings'],
    ['ใบอนุญาต', 'teachingLicences'],
    ['Sheet1', null],
    ['บุคลากร', null],
  ] as [string, HistorySection | null][])('%s → %s', (name, section) => {
    expect(sectionOfSheetName(name)).toBe(section);
  });

  it('gives people sheets named after a staff type that type', () => {
    expect(staffTypeOfSheetName('พนักงานเทศบาล')).toBe('civil-servant');
    expect(staffTypeOfSheetName('1. ลูกจ้างประจำ')).toBe('permanent-employee');
    expect(staffTypeOfSheetName('Sheet1')).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('maps a people header row and gives a repeated field to its first column only', () => {
    expect(suggestMapping(['ที่', 'เลขบัตรประชาชน', 'ชื่อ', 'นามสกุล', 'ชื่อ', 'ประเภทบุคลากร'])).toEqual({
      kind: 'people',
      fields: ['rowNumber', 'citizenId', 'name.th.first', 'name.th.last', null, 'staffType'],
    });
  });

  it('recognises a section sheet by its headers when its name says nothing', () => {
    const s = suggestMapping(['เลขประจำตัวประชาชน', 'ปีงบประมาณ', 'ลาป่วย', 'ลากิจและพักผ่อน', 'สาย', 'ขาดราชการ']);
    expect(s.kind).toBe('leave');
  });

  it('trusts a sheet name that names a section', () => {
    expect(suggestMapping(['เลขประจำตัวประชาชน', 'ตำแหน่ง', 'ระดับ'], { sheetName: 'เงินเดือน' }).kind).toBe(
      'positions',
    );
  });
});
