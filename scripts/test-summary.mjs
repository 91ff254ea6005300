// Prints the plain "N passed, N failed" line from Vitest's JSON report, for CI logs that read closing lines.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('.test-results.json', 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exitCode = report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0;
