import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '../..');

/** The extension's detection code bundled as one script that defines `window.__lhrDetect(url?)`. */
export async function detectionBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { detectReport } from './extension/content/detect/page-api';\n(globalThis as any).__lhrDetect = detectReport;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome116',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
