import fc from 'fast-check';
import type { PartialDate } from './partial-date';

// Test-only generators shared by the date property tests (kept out of *.test.ts so importing does not rerun tests).

/** Complete BE dates from CE 1857 to 2157. */
export const completeBeDate = fc
  .date({ min: new Date(Date.UTC(1857, 0, 1)), max: new Date(Date.UTC(2157, 11, 31)), noInvalidDate: true })
  .map(
    (d): PartialDate => ({ year: d.getUTCFullYear() + 543, month: d.getUTCMonth() + 1, day: d.getUTCDate() }),
  );

/** Complete, month-only and year-only BE dates. */
export const anyBeDate = fc.oneof(
  completeBeDate,
  completeBeDate.map((d) => ({ ...d, day: null })),
  completeBeDate.map((d) => ({ ...d, month: null, day: null })),
);
