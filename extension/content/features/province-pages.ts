import type { ProvinceOrgReply } from '../../../shared/protocol/province-messages';
import type { AssistSession } from '../assist-session';
import { installGuard } from '../checklist/guard';
import { normalizeLabel } from '../detect/normalize-label';
import { hasFindings, showProvinceGuard, spotCheckText } from '../province/certify-province-guard';
import { compareCounts, readPageCounts } from '../province/count-compare';
import { askProvinceOrg, askProvinceOrgs } from '../province/province-ask';
import { ASSIST_STYLE, el, readinessLines } from '../province/province-dom';
import { isProvincePage, PROVINCE_LIST_PAGE } from '../province/province-page-ids';
import type { Feature } from './feature-manager';

/**
 * Says on the page that the readiness answer came (`shown`) or that there is nothing for this supervisor (`none`),
 * so a test can wait for it instead of sleeping; no data in it.
 */
function done(doc: Document, shown: boolean): void {
  doc.body.setAttribute('data-lhr-assist-province', shown ? 'shown' : 'none');
}

const CERTIFY_PROVINCE = normalizeLabel('รับรองระดับจังหวัด');
const ORG_CODE = /^\d{7}$/;

/** The อปท. code of a list row: `data-org`, else the first cell that is a 7-digit code ("รหัส อปท."). */
function rowOrg(tr: Element): string | null {
  const data = tr.getAttribute('data-org');
  if (data && ORG_CODE.test(data)) return data;
  for (const td of Array.from(tr.querySelectorAll('td'))) {
    const text = (td.textContent ?? '').trim();
    if (ORG_CODE.test(text)) return text;
  }
  return null;
}

/** Each listed อปท. gets its readiness under its magnifier; rows the supervisor may not see stay as they are. */
async function annotateList(doc: Document, signal: AbortSignal): Promise<void> {
  const rows = Array.from(doc.querySelectorAll('tr')).flatMap((tr) => {
    const org = rowOrg(tr);
    return org ? [{ tr, org }] : [];
  });
  if (rows.length === 0) return;
  const orgs = await askProvinceOrgs([...new Set(rows.map((r) => r.org))].slice(0, 500));
  if (signal.aborted) return;
  done(doc, !!orgs?.length);
  if (!orgs) return;
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  for (const { tr, org } of rows) {
    const r = byCode.get(org);
    const cell = tr.lastElementChild;
    if (!r || !cell) continue;
    const box = el(
      doc,
      'div',
      {
        'data-lhr-assist': 'readiness',
        'data-testid': 'province-readiness',
        'data-org': org,
        'data-status': r.status,
        style: ASSIST_STYLE,
      },
      ...readinessLines(r).flatMap((line, i) => (i ? [el(doc, 'br'), line] : [line])),
    );
    cell.append(box);
    signal.addEventListener('abort', () => box.remove());
  }
}

/** The อปท. of the magnifier page: a 7-digit query value, else a 7-digit code in the page's heading. */
function pageOrg(doc: Document): string | null {
  for (const v of new URLSearchParams(doc.location.search).values()) if (ORG_CODE.test(v)) return v;
  const m = /\b(\d{7})\b/.exec(doc.querySelector('h1, h2, h3')?.textContent ?? '');
  return m?.[1] ?? null;
}

function certifyButtons(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('button, input[type="submit"], input[type="button"], a')).filter(
    (b) =>
      normalizeLabel(b instanceof HTMLInputElement ? b.value : (b.textContent ?? '')) === CERTIFY_PROVINCE,
  );
}

/** The magnifier page: counts against the register, spot-check status, and the guard on "รับรองระดับจังหวัด". */
async function checkOrgPage(doc: Document, signal: AbortSignal): Promise<void> {
  const org = pageOrg(doc);
  if (!org) return;
  const found: ProvinceOrgReply['provinceOrg'] = await askProvinceOrg(org);
  if (signal.aborted) return;
  done(doc, found !== null);
  if (!found) return;
  const comparison = compareCounts(readPageCounts(doc), found.readiness.counts);
  const findings = {
    mismatches: comparison.filter((c) => !c.match),
    lastSpotCheck: found.spotChecks[0] ?? null,
  };
  const box = el(
    doc,
    'div',
    { 'data-lhr-assist': 'counts', 'data-testid': 'province-counts', style: ASSIST_STYLE },
    el(doc, 'b', {}, 'LHR Assist: เทียบกับทะเบียนที่ อปท. ซิงก์ (against the synced register)'),
    ...comparison.map((c) =>
      el(
        doc,
        'div',
        { 'data-testid': 'count-row', 'data-match': String(c.match) },
        `${c.match ? '✓' : '✗'} ${c.label}: หน้า LHR ${c.page}, ทะเบียน ${c.register}${c.match ? '' : ' — ไม่ตรง (differs)'}`,
      ),
    ),
    el(
      doc,
      'div',
      { 'data-testid': 'spotcheck-status', 'data-drawn': String(findings.lastSpotCheck !== null) },
      spotCheckText(findings.lastSpotCheck),
    ),
    el(doc, 'div', {}, readinessLines(found.readiness).join(' · ')),
  );
  const table = readPageCounts(doc).length ? doc.querySelector('table') : null;
  (table ?? doc.body.firstElementChild ?? doc.body).after(box);
  signal.addEventListener('abort', () => box.remove());
  const guard = installGuard(doc, certifyButtons(doc), {
    shouldStop: () => hasFindings(findings),
    onStopped: () => showProvinceGuard(doc, findings, guard.allowNext),
  });
  signal.addEventListener('abort', () => {
    guard.remove();
    doc.querySelector('[data-lhr-assist="province-guard"]')?.remove();
  });
}

/**
 * Issue 12 item 3, for supervisors on the LHR province pages (docs/province.md "On the LHR province pages"): each
 * อปท.'s readiness next to its row, and on the magnifier page the count comparison and spot-check status, guarding
 * "รับรองระดับจังหวัด". The extension never presses the button itself.
 */
export const provincePagesFeature: Feature = {
  id: 'province-pages',
  include: (session) => isProvincePage(session.page?.id),
  init(session: AssistSession, signal: AbortSignal) {
    return session.page?.id === PROVINCE_LIST_PAGE
      ? annotateList(session.doc, signal)
      : checkOrgPage(session.doc, signal);
  },
};
