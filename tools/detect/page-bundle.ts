import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '../..');

/** Bundles `source` (TypeScript resolved from the repository root) as one script to inject into a page. */
export async function pageBundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome116',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The extension's detection code bundled as one script that defines `window.__lhrDetect(url?)`. */
export function detectionBundle(): Promise<string> {
  return pageBundle(
    "import { detectReport } from './extension/content/detect/page-api';\n(globalThis as any).__lhrDetect = detectReport;",
  );
}

/** The extension's checklist bundled as one script that defines `window.__lhrCheck(url, todayIso)`. */
export function checkBundle(): Promise<string> {
  return pageBundle(
    "import { checkReport } from './extension/content/forms/page-check-api';\n(globalThis as any).__lhrCheck = checkReport;",
  );
}
