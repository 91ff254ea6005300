import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personRecords } from '../person-arbitraries';
import type { PersonRecord } from '../person-record';
import { importWorkbook } from './import-workbook';
import { peopleToXlsx, type WrittenDateStyle } from './workbook-writer';

const withoutProvenance = (p: PersonRecord) => ({ ...p, provenance: null });
const dateStyle = fc.constantFrom<WrittenDateStyle>('numeric', 'short', 'long', 'iso-ce', 'serial');

describe('PersonRecord → workbook (SheetJS) → importer round trip', () => {
  it('gives back the same records, whatever mix of date styles and digits the file uses', {
    timeout: 60_000,
  }, async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`round-trip property seed ${seed}`);
    await fc.assert(
      fc.asyncProperty(
        personRecords(4),
        fc.array(dateStyle, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('ascii' as const, 'thai' as const),
        async (people, dateStyles, digits) => {
          const bytes = peopleToXlsx(people, { dateStyles, digits });
          const result = await importWorkbook(bytes, { importedAt: '2026-01-01T00:00:00.000Z' });
          expect(result.problems).toEqual([]);
          expect(result.people.map(withoutProvenance)).toEqual(people.map(withoutProvenance));
        },
      ),
      { seed, numRuns: 50 },
    );
  });
});
