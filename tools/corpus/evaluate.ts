// npm run eval:autofill [-- --details] — precision/recall per type, dangerous fills and page exact-match for dev and val.
import { DetectionBrowser } from '../detect/detect-in-chromium';
import { formatScore, scoreSplit } from './score';
import { SPLITS } from './splits';

const details = process.argv.includes('--details');
const browser = await DetectionBrowser.start();
try {
  for (const split of SPLITS) {
    // Mismatch details are shown for dev only: val is held out and only reported.
    console.log(formatScore(await scoreSplit(split, browser), details && split.endsWith('dev')));
  }
} finally {
  await browser.close();
}
