import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_SECTIONS, HistorySection } from './history-sections';
import { personRecord } from './person-arbitraries';
import { PERSON_RECORD_VERSION, PersonRecord, SECTION_MAX_ROWS } from './person-record';

const minimal = {
  citizenId: '1101700207030',
  staffType: 'civil-servant',
  name: { th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' } },
} as const;

describe('PersonRecord', () => {
  it('fills every defaulted part from the three required ones', () => {
    const p = PersonRecord.parse(minimal);
    expect(p.schemaVersion).toBe(PERSON_RECORD_VERSION);
    expect(p.name.en).toEqual({ title: '', first: '', middle: '', last: '' });
    expect(p.birthDate).toBeNull();
    expect(p.sex).toBe('unknown');
    expect(p.currentAddress).toBeNull();
    expect(p.appointment.status).toBe('active');
    expect(p.appointment.salary).toBeNull();
    for (const section of HistorySection.options) expect(p[section]).toEqual([]);
    expect(p.provenance).toEqual({ updatedAt: '', sections: {}, listedInLhrAt: '' });
  });

  it('refuses a citizen ID that is not 13 ASCII digits, an unknown staff type and unknown keys', () => {
    expect(PersonRecord.safeParse({ ...minimal, citizenId: '1-1017-00207-03-0' }).success).toBe(false);
    expect(PersonRecord.safeParse({ ...minimal, citizenId: '๑๑๐๑๗๐๐๒๐๗๐๓๐' }).success).toBe(false);
    expect(PersonRecord.safeParse({ ...minimal, staffType: 'volunteer' }).success).toBe(false);
    expect(PersonRecord.safeParse({ ...minimal, religion: 'พุทธ' }).success).toBe(false);
  });

  it('refuses a newer schema version instead of silently downgrading it', () => {
    expect(PersonRecord.safeParse({ ...minimal, schemaVersion: PERSON_RECORD_VERSION + 1 }).success).toBe(
      false,
    );
  });

  it('keeps at most SECTION_MAX_ROWS rows per section', () => {
    const leave = Array.from({ length: SECTION_MAX_ROWS.leave + 1 }, (_, i) => ({ fiscalYear: 2500 + i }));
    expect(PersonRecord.safeParse({ ...minimal, leave }).success).toBe(false);
    expect(PersonRecord.safeParse({ ...minimal, leave: leave.slice(1) }).success).toBe(true);
  });

  it('validates section rows: leave days 0–366, BE fiscal years, no unknown keys', () => {
    expect(PersonRecord.safeParse({ ...minimal, leave: [{ fiscalYear: 2566, sick: 367 }] }).success).toBe(
      false,
    );
    expect(PersonRecord.safeParse({ ...minimal, leave: [{ fiscalYear: 2023 }] }).success).toBe(false);
    expect(PersonRecord.safeParse({ ...minimal, education: [{ school: 'x' }] }).success).toBe(false);
    expect(Object.keys(HISTORY_SECTIONS)).toEqual(HistorySection.options);
  });

  it('is a fixed point of parse ∘ JSON round trip (what sync stores is what comes back)', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`person-record property seed ${seed}`);
    fc.assert(
      fc.property(personRecord, (p) => {
        expect(PersonRecord.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
      { seed, numRuns: 100 },
    );
  });
});
