// npm run -s check-form -- <page.html> [--url URL] [--today YYYY-MM-DD]
// Prints {"items":[{"index":N,"code":"…"}]}: the extension's checklist on a filled page, `index` as `detect` numbers
// the controls. `--today` is a Christian-era ISO date (default: today in UTC).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DetectionBrowser } from '../detect/detect-in-chromium';
import { checkBundle } from '../detect/page-bundle';
import { decodePage } from '../detect/read-page';

const usage =
  'usage: npm run -s check-form -- <page.html> [--url https://page/address] [--today YYYY-MM-DD]\n';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, today: { type: 'string' } },
});
const file = positionals[0];
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
  process.stderr.write(usage);
  process.exit(2);
}
let html: string;
try {
  html = decodePage(readFileSync(file));
} catch (error) {
  process.stderr.write(
    `check-form: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
const browser = await DetectionBrowser.start(checkBundle());
try {
  const url = values.url ?? 'https://example.invalid/form.html';
  const items = await browser.evaluate(
    html,
    `globalThis.__lhrCheck(${JSON.stringify(url)}, ${JSON.stringify(today)})`,
  );
  process.stdout.write(`${JSON.stringify({ items })}\n`);
} catch (error) {
  process.stderr.write(`check-form: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
