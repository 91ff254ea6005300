import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Response, Router } from 'express';
import { AppError } from '../../../shared/errors';

const here = import.meta.dirname;
const require = createRequire(import.meta.url);
const FONTS = new Map(
  ['thai-400', 'thai-700', 'latin-400', 'latin-700'].map((name) => {
    const [subset, weight] = name.split('-');
    return [`sarabun-${name}.woff2`, `sarabun-${subset}-${weight}-normal.woff2`];
  }),
);

let script: Promise<string> | undefined;

/**
 * The dashboard script with Chart.js, bundled on first request by esbuild from node_modules (no CDN, nothing from
 * the internet) and kept in memory. A failed build is retried on the next request.
 */
export function dashboardScript(): Promise<string> {
  script ??= (async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [join(here, 'assets/dashboard-client.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  })().catch((error: unknown) => {
    script = undefined;
    throw error;
  });
  return script;
}

function send(res: Response, type: string, body: string | Buffer): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'private, max-age=3600');
  res.end(body);
}

/** Static files of the dashboard: its stylesheet, its script bundle and the Sarabun font (Thai and Latin). */
export function provinceAssets(): Router {
  const router = Router();
  const css = readFileSync(join(here, 'assets/dashboard.css'));
  const fontDir = join(dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
  router.get('/dashboard.css', (_req, res) => send(res, 'text/css; charset=utf-8', css));
  router.get('/dashboard.js', async (_req, res) => {
    send(res, 'text/javascript; charset=utf-8', await dashboardScript());
  });
  router.get('/fonts/:name', (req, res) => {
    const file = FONTS.get(String(req.params.name));
    if (!file) throw new AppError('NOT_FOUND', 'not found');
    send(res, 'font/woff2', readFileSync(join(fontDir, file)));
  });
  return router;
}
