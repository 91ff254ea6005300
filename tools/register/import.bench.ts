// npm run bench:register:import — the spreadsheet importer's figure alone (import-bench-run.ts says what it measures);
// npm run bench:register prints it together with the register store's figures.
import { benchImport, importLine } from './import-bench-run';

console.log(importLine(await benchImport()));
