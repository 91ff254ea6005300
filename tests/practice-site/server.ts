import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { getDistricts, getProvinces, getSubDistricts } from 'thai-address-universal';
import { selectedPid } from './aspnet-layout';
import { certifiedPage } from './certify-history';
import { type HistoryStore, historyRouter, personBanner } from './history-pages';
import { renderPostback } from './postback-form';
import { practiceStaff } from './staff-data';
import { staffListRouter } from './staff-list';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The practice site: pages that imitate the DLA LHR system (old table markup, ASP.NET-style names, split ID
 * boxes, BE dates, cascading selects loaded by XHR). Exported without listen; `delayMs` slows the cascade
 * the way the real server does. The staff list and the history pages keep their rows in memory, per site instance.
 */
export function createPracticeSite(options: { delayMs?: number; staffCount?: number } = {}): express.Express {
  const app = express();
  const delay = options.delayMs ?? 150;
  const staff = practiceStaff(options.staffCount ?? 25);
  const certifications: Date[] = [];
  const history: HistoryStore = new Map();
  app.use(staffListRouter(staff));
  app.use(historyRouter(staff, history));
  app.get('/', (_req, res) => res.redirect('/login.html'));
  app.get('/api/provinces', async (_req, res) => {
    res.json((await getProvinces()).map((p) => ({ code: p.code, name: p.nameTh })));
  });
  app.get('/api/districts', async (req, res) => {
    await sleep(delay);
    const province = String(req.query.province ?? '');
    const bangkok = province === '10';
    // Bangkok districts are listed as "เขต…", others as "อ.…" — as on many old government pages.
    res.json(
      (await getDistricts(province)).map((d) => ({
        code: d.code,
        name: `${bangkok ? 'เขต' : 'อ.'}${d.nameTh}`,
      })),
    );
  });
  app.get('/api/subdistricts', async (req, res) => {
    await sleep(delay);
    const rows = await getSubDistricts(String(req.query.district ?? ''));
    res.json(rows.map((s) => ({ code: s.code, name: s.nameTh })));
  });
  // The address page follows a pick on the staff list: like the history pages, it names the person it is about.
  app.get('/kp7-address.html', async (req, res) => {
    const html = await readFile(join(here, 'public', 'kp7-address.html'), 'utf8');
    const person = staff.find((p) => p.pid === selectedPid(req.headers.cookie));
    res
      .type('html')
      .send(
        person ? html.replace('<div class="content">', `<div class="content">${personBanner(person)}`) : html,
      );
  });
  app.use(express.static(join(here, 'public'), { extensions: ['html'] }));
  // The static forms post back to themselves: the answer is the same form with what was posted, as ASP.NET does.
  app.post(/\.html$/, express.urlencoded({ extended: false }), async (req, res) => {
    // Pages in subfolders (forms/) post back too; no ".." ever leaves public/.
    const parts = req.path.split('/').filter(Boolean);
    const file = parts.includes('..') ? '' : join(here, 'public', ...parts.slice(0, -1), basename(req.path));
    const html = file ? await readFile(file, 'utf8').catch(() => null) : null;
    if (html === null) {
      res.status(404).send('not found');
      return;
    }
    const person = staff.find((p) => p.pid === selectedPid(req.headers.cookie));
    const body = req.body as Record<string, string>;
    if (req.path === '/certify.html' && body.ctl00$ContentPlaceHolder1$btnCertify !== undefined) {
      res.type('html').send(certifiedPage(html, certifications));
      return;
    }
    const answer = renderPostback(html, body);
    res
      .type('html')
      .send(
        person && req.path === '/kp7-address.html'
          ? answer.replace('<div class="content">', `<div class="content">${personBanner(person)}`)
          : answer,
      );
  });
  return app;
}
