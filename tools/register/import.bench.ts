// npm run bench:register:import — importing a 5,000-row staff spreadsheet (goal ≤ 10 s, with a progress bar).
// The file is generated the way the round-trip test does it (every person field, three date styles mixed in each
// date column, Thai digits), written with SheetJS, then read back through importWorkbook exactly as the extension
// and the CLI do. The time includes SheetJS parsing the .xlsx.
import fc from 'fast-check';
import { importWorkbook } from '../../shared/register/import';
import { peopleToXlsx } from '../../shared/register/import/workbook-writer';
import { personRecord } from '../../shared/register/person-arbitraries';
import type { PersonRecord } from '../../shared/register/person-record';
import { progressBar } from './progress-bar';

const ROWS = 5_000;
const GOAL_S = 10;
const SEED = 5000;

function people(): PersonRecord[] {
  const byId = new Map<string, PersonRecord>();
  // one people sheet of ROWS rows: the sections live on their own sheets and are benchmarked by row count there
  const noSections = {
    education: [],
    positions: [],
    decorations: [],
    leave: [],
    training: [],
    discipline: [],
  };
  for (const p of fc.sample(personRecord, { numRuns: ROWS * 2, seed: SEED })) {
    if (byId.size === ROWS) break;
    byId.set(p.citizenId, { ...p, ...noSections, academicStandings: [], teachingLicences: [] });
  }
  return [...byId.values()];
}

const list = people();
const bytes = peopleToXlsx(list, { dateStyles: ['numeric', 'serial', 'short'], digits: 'thai' });
console.log(`file: ${list.length} people rows, ${(bytes.length / 1024).toFixed(0)} KiB .xlsx`);

const bar = progressBar(process.stderr);
const start = performance.now();
const result = await importWorkbook(bytes, { onProgress: (done, total) => bar.update(done, total) });
const seconds = (performance.now() - start) / 1000;
bar.done();

if (result.people.length !== list.length || result.problems.length !== 0)
  throw new Error(
    `bench file imported wrongly: ${result.people.length} people, ${result.problems.length} problems`,
  );
console.log(
  `import ${list.length} rows: ${seconds.toFixed(2)} s (${((seconds * 1000) / list.length).toFixed(2)} ms/row)`,
);
console.log(`goal ≤ ${GOAL_S} s: ${seconds <= GOAL_S ? 'MET' : 'MISSED'}`);
