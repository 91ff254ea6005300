// npm run -s register -- import <file.xlsx|file.csv> [--json] [--staff-type <code>]
// Imports an อปท.'s own staff spreadsheet with the same code the extension runs. With --json prints one object
// {"people":[PersonRecord…],"problems":[{"sheet","row","column","code"}…]}; without it a Thai/English summary.
// Problems name rows and codes only, never personal data, so the summary is safe to paste into a support chat.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { IMPORT_PROBLEM_LABELS, importWorkbook, RegisterImportOutput } from '../../shared/register/import';
import { StaffType } from '../../shared/register/staff-type';
import { progressBar } from './progress-bar';

const USAGE = 'usage: npm run -s register -- import <file.xlsx|file.csv> [--json] [--staff-type <code>]\n';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, 'staff-type': { type: 'string' } },
});
const [command, file] = positionals;
if (command !== 'import' || !file || positionals.length !== 2) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const staffType = values['staff-type'] === undefined ? undefined : StaffType.safeParse(values['staff-type']);
if (staffType && !staffType.success) {
  process.stderr.write(`register: --staff-type must be one of ${StaffType.options.join(', ')}\n`);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  process.stderr.write(
    `register: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`,
  );
  process.exit(1);
}

const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
try {
  const result = await importWorkbook(bytes, {
    defaultStaffType: staffType?.data,
    onProgress: bar ? (done, total) => bar.update(done, total) : undefined,
  });
  bar?.done();
  if (values.json) {
    const output = RegisterImportOutput.parse({ people: result.people, problems: result.problems });
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    process.stdout.write(
      `นำเข้า ${result.people.length} คน · ปัญหา ${result.problems.length} รายการ ` +
        `(imported ${result.people.length} people, ${result.problems.length} problems)\n`,
    );
    for (const s of result.sheets)
      process.stdout.write(
        `  ${s.sheet}: ${s.headerRow ? `${s.kind}, หัวตารางแถว ${s.headerRow}` : 'ไม่พบหัวตาราง (no header)'}\n`,
      );
    for (const p of result.problems)
      process.stdout.write(
        `  ${p.sheet} แถว ${p.row}${p.column ? ` [${p.column}]` : ''}: ${p.code} — ${IMPORT_PROBLEM_LABELS[p.code].th}\n`,
      );
  }
} catch (error) {
  bar?.done();
  process.stderr.write(`register: ${error instanceof AppError ? error.message : 'unexpected error'}\n`);
  process.exitCode = 1;
}
