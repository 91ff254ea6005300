import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../register/person-record';
import { StaffType } from '../register/staff-type';
import { runChecklist } from './checklist';
import { DEFAULT_READINESS_RULES as rules } from './default-rules';
import type { ReadinessCode } from './readiness-report';
import { toReadinessReport } from './report-from-checklist';
import { sampleCitizenId, samplePerson } from './sample-register';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`checklist property seed: ${seed} (rerun with FC_SEED=${seed})`);

/** Damage to an otherwise complete sample person and the codes it must raise on 20 ก.ค. 2569. */
const salaryRule = (p: PersonRecord) => rules.staffTypes[p.staffType].salaryEveryFiscalYear;
const DAMAGE: Record<
  string,
  { codes: ReadinessCode[] | ((p: PersonRecord) => ReadinessCode[]); apply: (p: PersonRecord) => void }
> = {
  blankName: {
    codes: ['REQUIRED_EMPTY'],
    apply: (p) => {
      p.name.th.first = ' ';
    },
  },
  noBirth: {
    codes: ['REQUIRED_EMPTY'],
    apply: (p) => {
      p.birthDate = null;
    },
  },
  noPositions: {
    codes: (p) => (salaryRule(p) ? ['MISSING_SECTION', 'SALARY_YEAR_MISSING'] : ['MISSING_SECTION']),
    apply: (p) => {
      p.positions = [];
    },
  },
  dropSalaryYear: {
    codes: (p) => (salaryRule(p) ? ['SALARY_YEAR_MISSING'] : []),
    apply: (p) => {
      p.positions = p.positions.filter((_, i) => i !== 7);
    },
  },
  retiredStillActive: {
    // born 1 ต.ค. 2505: completes 60 on 30 ก.ย. 2565; the start date is kept after the 18th birthday
    codes: ['RETIREMENT_PASSED'],
    apply: (p) => {
      p.birthDate = { year: 2505, month: 10, day: 1 };
      p.staffType = 'civil-servant'; // employees on contract have no retirement rule
    },
  },
  checkDigit: {
    codes: ['CITIZEN_ID_CHECKSUM'],
    apply: (p) => {
      p.citizenId = `${p.citizenId.slice(0, 12)}${(Number(p.citizenId[12]) + 1) % 10}`;
    },
  },
  swapRows: {
    codes: ['DATE_ORDER'],
    apply: (p) => {
      const [a, b] = [p.positions[3], p.positions[4]];
      if (a && b)
        [p.positions[3], p.positions[4]] = [
          { ...b, salary: a.salary },
          { ...a, salary: b.salary },
        ];
    },
  },
  unlisted: {
    codes: ['NOT_IN_LHR_LIST'],
    apply: (p) => {
      p.provenance.listedInLhrAt = '';
    },
  },
};

describe('the whole checklist, property-tested', () => {
  it('reports exactly the damage done, counts complete people, and the synced report adds up without personal data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(Object.keys(DAMAGE), { maxLength: 1 }), { minLength: 1, maxLength: 30 }),
        fc.dictionary(fc.constantFrom(...StaffType.options), fc.nat({ max: 10 })),
        (damages, plan) => {
          const people = damages.map((ds, i) => {
            const p = samplePerson(i + 1);
            for (const d of ds) DAMAGE[d]?.apply(p);
            return p;
          });
          const c = runChecklist({ people, rules, plan, today: '2026-07-20', lhrListSeen: true });
          damages.forEach((ds, i) => {
            const codes = new Set(c.people[i]?.findings.map((f) => f.code));
            const expected = new Set(
              ds.flatMap((d) => {
                const codes = DAMAGE[d]?.codes ?? [];
                return typeof codes === 'function' ? codes(people[i] as PersonRecord) : codes;
              }),
            );
            expect(codes).toEqual(expected);
          });
          expect(c.peopleComplete).toBe(c.people.filter((p) => p.findings.length === 0).length);
          expect(c.peopleComplete).toBeGreaterThanOrEqual(damages.filter((ds) => ds.length === 0).length);
          for (const n of c.counts) {
            const off = n.planned !== null && n.planned !== n.recorded;
            expect(c.findings.some((f) => f.staffType === n.staffType && f.code.startsWith('COUNT_'))).toBe(
              off,
            );
          }
          const report = toReadinessReport(c, {
            orgCode: '6501402',
            generatedAt: '2026-07-20T00:00:00.000Z',
          });
          expect(Object.values(report.findings).reduce((a, b) => a + b, 0)).toBe(c.findings.length);
          const text = JSON.stringify(report);
          for (const p of people) expect(text).not.toContain(p.citizenId);
          expect(text).not.toContain(sampleCitizenId(1));
          expect(report.lpaScore).toBe(c.findings.length === 0 ? 5 : 0);
        },
      ),
      { seed, numRuns: 150 },
    );
  });
});
