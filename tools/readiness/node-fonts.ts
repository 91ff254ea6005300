import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFonts } from '../../extension/report/report-html';

/** The same bundled Sarabun files as the extension, as data: URLs, so a report written from Node needs no network. */
export function nodeReportFonts(): ReportFonts {
  const require = createRequire(import.meta.url);
  const url = (name: string) =>
    `data:font/woff2;base64,${readFileSync(require.resolve(`@fontsource/sarabun/files/sarabun-${name}-normal.woff2`)).toString('base64')}`;
  return {
    thai400: url('thai-400'),
    thai700: url('thai-700'),
    latin400: url('latin-400'),
    latin700: url('latin-700'),
  };
}
