import { renderToString } from 'preact-render-to-string';
import { ReportDocument } from './report-document';
import type { ReportModel } from './report-model';

/** Where the bundled Sarabun files are: extension URLs in the extension, data: URLs in Node. No network. */
export interface ReportFonts {
  thai400: string;
  thai700: string;
  latin400: string;
  latin700: string;
}

// Ranges of @fontsource/sarabun's subsets (unicode.json), so each character comes from the file that has it
const THAI = 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC';
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const face = (url: string, weight: number, range: string) =>
  `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${range}}`;

export function reportFontFaces(f: ReportFonts): string {
  return [
    face(f.thai400, 400, THAI),
    face(f.latin400, 400, LATIN),
    face(f.thai700, 700, THAI),
    face(f.latin700, 700, LATIN),
  ].join('\n');
}

/** Print styles: A4 with the margins of Thai official documents (3 cm left, 2 cm elsewhere). */
export const REPORT_CSS = `
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
html { font-family: 'Sarabun', sans-serif; font-size: 12pt; line-height: 1.45; color: #000; }
body { margin: 0; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; }
.center { text-align: center; margin: 0 0 8pt; }
.small { font-size: 10pt; color: #333; }
table.counts { width: 100%; border-collapse: collapse; }
table.counts th, table.counts td { border: 0.75pt solid #000; padding: 2pt 4pt; text-align: right; font-variant-numeric: tabular-nums; }
table.counts th { font-weight: 700; text-align: center; }
table.counts .label { text-align: left; }
ol.open-items { padding-left: 18pt; margin: 0; }
ol.open-items li { break-inside: avoid; }
.signatures { display: flex; justify-content: space-between; gap: 12pt; margin-top: 28pt; break-inside: avoid; }
.signature { flex: 1; text-align: center; }
.signature p { margin: 0 0 4pt; }
.footer { margin-top: 18pt; text-align: right; }
`;

/** The whole printable page as one HTML document (for a print window, page.pdf() or saving as a file). */
export function renderReportHtml(model: ReportModel, fonts: ReportFonts): string {
  const body = renderToString(<ReportDocument model={model} />);
  const title = `รายงานความพร้อม ก.พ.7 ${model.orgName}`.replace(/[<>&]/g, '');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${title}</title><style>${reportFontFaces(fonts)}${REPORT_CSS}</style></head><body>${body}</body></html>`;
}
