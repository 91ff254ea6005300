// Sarabun from @fontsource, bundled into the extension by the build (Vite `?url`): the report never loads a font
// from the network. Import this only in extension pages; Node callers pass their own URLs (tools/readiness).

import latin400 from '@fontsource/sarabun/files/sarabun-latin-400-normal.woff2?url';
import latin700 from '@fontsource/sarabun/files/sarabun-latin-700-normal.woff2?url';
import thai400 from '@fontsource/sarabun/files/sarabun-thai-400-normal.woff2?url';
import thai700 from '@fontsource/sarabun/files/sarabun-thai-700-normal.woff2?url';
import type { ReportFonts } from './report-html';

export const BUNDLED_FONTS: ReportFonts = { thai400, thai700, latin400, latin700 };
