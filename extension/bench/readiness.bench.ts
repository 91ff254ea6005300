// npm run bench:readiness — time to check a 2,000-person register (parse, every rule, counts, report and panel
// model), in Debian Chromium as the extension runs it and in Node as the CLI does. Goal: ≤ 500 ms in the browser.
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { samplePerson } from '../../shared/readiness/sample-register';
import { benchReadiness } from './readiness-bench-run';

const PEOPLE = 2_000;
const ROUNDS = Number(process.env.BENCH_RUNS ?? 9);
const GOAL_MS = 500;
const root = join(import.meta.dirname, '../..');

// A register that exercises the rules: every tenth person misses a section, every 25th has a gap in salary years,
// every 50th shares a citizen ID with the one before.
const people = Array.from({ length: PEOPLE }, (_, i) => {
  const p = samplePerson(i % 50 === 49 ? i : i + 1);
  if (i % 10 === 3) p.education = [];
  if (i % 25 === 7) p.positions = p.positions.filter((_, r) => r !== 5);
  return p;
});
const registerJson = JSON.stringify({ people });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

const node = benchReadiness(registerJson, ROUNDS + 2).slice(2);

const bundle = await build({
  stdin: {
    contents:
      "import { benchReadiness } from './extension/bench/readiness-bench-run'; globalThis.benchReadiness = benchReadiness;",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  jsx: 'automatic',
  jsxImportSource: 'preact',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
let inBrowser: number[];
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  inBrowser = await page.evaluate(
    ([json, rounds]) =>
      (globalThis as unknown as { benchReadiness: (j: string, r: number) => number[] })
        .benchReadiness(json, rounds)
        .slice(2),
    [registerJson, ROUNDS + 2] as const,
  );
} finally {
  await browser.close();
}

const m = median(inBrowser);
console.log(
  `readiness check of ${PEOPLE} people (${(registerJson.length / 1e6).toFixed(1)} MB JSON), ${ROUNDS} rounds after 2 warm-up`,
);
console.log(
  `  Chromium (extension): median ${fmt(m)}, max ${fmt(Math.max(...inBrowser))}  goal ≤ ${GOAL_MS} ms  ${m <= GOAL_MS ? 'OK' : 'OVER'}`,
);
console.log(`  Node (CLI):           median ${fmt(median(node))}, max ${fmt(Math.max(...node))}`);
if (m > GOAL_MS) process.exitCode = 1;
