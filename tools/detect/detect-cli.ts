// npm run -s detect -- <file.html> [--url URL]
// Prints {"fields":[…]} with one entry per input/select/textarea of the page, as detected by the extension's code.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DetectionBrowser } from './detect-in-chromium';
import { decodePage } from './read-page';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  process.stderr.write('usage: npm run -s detect -- <file.html> [--url https://page/address]\n');
  process.exit(2);
}
let html: string;
try {
  html = decodePage(readFileSync(file));
} catch (error) {
  process.stderr.write(
    `detect: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
const browser = await DetectionBrowser.start();
try {
  const fields = await browser.detect(html, values.url);
  process.stdout.write(`${JSON.stringify({ fields })}\n`);
} catch (error) {
  process.stderr.write(`detect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
