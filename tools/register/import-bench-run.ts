import fc from 'fast-check';
import { importWorkbook } from '../../shared/register/import';
import { peopleToXlsx } from '../../shared/register/import/workbook-writer';
import { personRecord } from '../../shared/register/person-arbitraries';
import type { PersonRecord } from '../../shared/register/person-record';
import { progressBar } from './progress-bar';

/**
 * Importing a 5,000-row staff spreadsheet (goal ≤ 10 s, with a progress bar on stderr). The file is generated the way
 * the round-trip test does it (every person field, three date styles mixed in each date column, Thai digits),
 * written with SheetJS, then read back through importWorkbook exactly as the extension and the CLI do. The time
 * includes SheetJS parsing the .xlsx. Run by `npm run bench:register` (with the store's figures) and
 * `npm run bench:register:import` (alone).
 */
export const IMPORT_ROWS = 5_000;
export const IMPORT_GOAL_S = 10;
const SEED = 5000;

function people(): PersonRecord[] {
  const byId = new Map<string, PersonRecord>();
  // one people sheet of IMPORT_ROWS rows: the sections live on their own sheets and are benchmarked there
  const noSections = {
    education: [],
    positions: [],
    decorations: [],
    leave: [],
    training: [],
    discipline: [],
  };
  for (const p of fc.sample(personRecord, { numRuns: IMPORT_ROWS * 2, seed: SEED })) {
    if (byId.size === IMPORT_ROWS) break;
    byId.set(p.citizenId, { ...p, ...noSections, academicStandings: [], teachingLicences: [] });
  }
  return [...byId.values()];
}

export interface ImportFigures {
  rows: number;
  kib: number;
  seconds: number;
  met: boolean;
}

export async function benchImport(): Promise<ImportFigures> {
  const list = people();
  const bytes = peopleToXlsx(list, { dateStyles: ['numeric', 'serial', 'short'], digits: 'thai' });
  const bar = progressBar(process.stderr);
  const start = performance.now();
  const result = await importWorkbook(bytes, { onProgress: (done, total) => bar.update(done, total) });
  const seconds = (performance.now() - start) / 1000;
  bar.done();
  if (result.people.length !== list.length || result.problems.length !== 0)
    throw new Error(
      `bench file imported wrongly: ${result.people.length} people, ${result.problems.length} problems`,
    );
  return { rows: list.length, kib: bytes.length / 1024, seconds, met: seconds <= IMPORT_GOAL_S };
}

/** The figure's line, as both benchmarks print it. */
export function importLine(f: ImportFigures): string {
  return (
    `spreadsheet import of ${f.rows} rows (${f.kib.toFixed(0)} KiB .xlsx, progress bar on stderr): ` +
    `${f.seconds.toFixed(2)} s (${((f.seconds * 1000) / f.rows).toFixed(2)} ms/row) ` +
    `(goal ≤ ${IMPORT_GOAL_S} s): ${f.met ? 'MET' : 'MISSED'}`
  );
}
