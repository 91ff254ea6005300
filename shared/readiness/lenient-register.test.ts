import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { parseRegisterLeniently } from './lenient-register';
import { sampleCitizenId, samplePerson } from './sample-register';

describe('reading the register file leniently', () => {
  const good = samplePerson(1);

  it('takes the import command output object or a bare array', () => {
    expect(parseRegisterLeniently({ people: [good], warnings: [] }).people).toEqual([good]);
    expect(parseRegisterLeniently([good]).people).toEqual([good]);
  });

  it('keeps the valid parts of older or partial entries and lists what it dropped', () => {
    const older = {
      citizenId: sampleCitizenId(2),
      staffType: 'mission-employee',
      name: { th: { title: 'นาย', first: 'สมชาย', last: 'ดีมาก' } },
      birthDate: { year: 2530, month: 13, day: 1 },
      source: 'card',
      positions: [{ date: { year: 2560, month: 10, day: 1 }, salary: 9_400 }, { salary: 'หนึ่งหมื่น' }],
      appointment: { positionTitle: 'ผู้ช่วยนักทรัพยากรบุคคล', status: 'active', extra: 1 },
    };
    const { people, repaired, rejected } = parseRegisterLeniently([older]);
    expect(rejected).toEqual([]);
    expect(people[0]).toMatchObject({
      citizenId: sampleCitizenId(2),
      name: { th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ดีมาก' } },
      birthDate: null,
      appointment: { positionTitle: 'ผู้ช่วยนักทรัพยากรบุคคล', status: 'active' },
    });
    expect(people[0]?.positions).toHaveLength(1);
    expect(repaired).toEqual([
      { index: 0, dropped: ['birthDate', 'source', 'positions[1]', 'appointment.extra'] },
    ]);
  });

  it('fills a missing name with empty parts (reported later as REQUIRED_EMPTY)', () => {
    const { people } = parseRegisterLeniently([{ citizenId: sampleCitizenId(3), staffType: 'teacher' }]);
    expect(people[0]?.name.th).toEqual({ title: '', first: '', middle: '', last: '' });
  });

  it('rejects entries without a usable citizen ID or staff type, naming paths but not values', () => {
    const { people, rejected } = parseRegisterLeniently([
      good,
      { citizenId: '12345', staffType: 'civil-servant', name: { th: { first: 'ลับ' } } },
      { citizenId: sampleCitizenId(4), staffType: 'mayor' },
      'not a person',
      null,
    ]);
    expect(people).toHaveLength(1);
    expect(rejected).toEqual([
      { index: 1, paths: ['citizenId'] },
      { index: 2, paths: ['staffType'] },
      { index: 3, paths: ['(entry)'] },
      { index: 4, paths: ['(entry)'] },
    ]);
    expect(JSON.stringify(rejected)).not.toContain('ลับ');
  });

  it('refuses a file that holds no list of people', () => {
    expect(() => parseRegisterLeniently({ rows: [] })).toThrow(AppError);
    expect(() => parseRegisterLeniently('x')).toThrow(/register/);
  });
});
