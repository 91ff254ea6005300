import { describe, expect, it } from 'vitest';
import { STAFF_TYPE_LABELS, StaffType } from '../staff-type';
import { parseStaffType } from './staff-type-text';

describe('parseStaffType', () => {
  it.each([
    ['ข้าราชการ', 'civil-servant'],
    ['พนักงานส่วนตำบล', 'civil-servant'],
    ['พนักงานเทศบาล', 'civil-servant'],
    ['พนักงานส่วนจังหวัด', 'civil-servant'],
    ['ครู', 'teacher'],
    ['พนักงานครู', 'teacher'],
    ['ลูกจ้างประจำ', 'permanent-employee'],
    ['พนักงานจ้างตามภารกิจ', 'mission-employee'],
    ['พนักงานจ้าง ตามภารกิจ', 'mission-employee'],
    ['ผู้มีทักษะ', 'mission-employee'],
    ['พนักงานจ้างทั่วไป', 'general-employee'],
    ['general-employee', 'general-employee'],
  ])('%s → %s', (text, type) => {
    expect(parseStaffType(text)).toBe(type);
  });

  it('reads every Thai label and code back', () => {
    for (const type of StaffType.options) {
      expect(parseStaffType(STAFF_TYPE_LABELS[type].th)).toBe(type);
      expect(parseStaffType(type)).toBe(type);
    }
  });

  it('does not guess between two types', () => {
    expect(parseStaffType('พนักงานจ้าง')).toBeNull();
    expect(parseStaffType('ลูกจ้าง')).toBeNull();
    expect(parseStaffType('')).toBeNull();
  });
});
