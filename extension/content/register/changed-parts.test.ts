import { describe, expect, it } from 'vitest';
import { PersonRecord } from '../../../shared/register/person-record';
import { changedParts } from './changed-parts';

const record = PersonRecord.parse({
  citizenId: '3650100079198',
  staffType: 'teacher',
  name: { th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' } },
  birthDate: { year: 2530, month: 1, day: 15 },
  sex: 'male',
});
const identity = {
  name: {
    th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
    en: { title: '', first: '', middle: '', last: '' },
  },
  birthDate: { year: 2530, month: 1, day: 15 },
  sex: 'male' as const,
};

describe('changedParts', () => {
  it('keeps only the parts a page shows differently from the register', () => {
    expect(changedParts({ staffType: 'teacher', identity }, record)).toBeNull();
    expect(changedParts({ staffType: 'civil-servant', identity }, record)).toEqual({
      staffType: 'civil-servant',
    });
    const later = { ...identity, birthDate: { year: 2530, month: 1, day: 16 } };
    expect(changedParts({ identity: later }, record)).toEqual({ identity: later });
  });
});

describe('completeParts', () => {
  it('never lets a blank field erase what the register knows', async () => {
    const { completeParts } = await import('./capture-form');
    const withPhone = PersonRecord.parse({
      ...record,
      contacts: { phone: '042511111', mobile: '', email: '' },
    });
    const blank = { ...identity, birthDate: null, sex: 'unknown' as const };
    expect(
      completeParts({ identity: blank, contacts: { phone: '', mobile: '0812345678' } } as never, withPhone),
    ).toEqual({
      identity,
      contacts: { phone: '042511111', mobile: '0812345678', email: '' },
    });
  });
});
