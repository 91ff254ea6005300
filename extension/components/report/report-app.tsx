import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { WireError } from '../../../shared/errors';
import { ReadinessReply } from '../../../shared/protocol/readiness-messages';
import { RuntimeReply } from '../../../shared/protocol/runtime';
import type { ManpowerPlan } from '../../../shared/readiness/manpower-plan';
import { BUNDLED_FONTS } from '../../report/bundled-fonts';
import { PlanEditor } from '../../report/plan-editor';
import { downloadReportDocx } from '../../report/print-report';
import { ReportDocument } from '../../report/report-document';
import { REPORT_CSS, reportFontFaces } from '../../report/report-html';
import type { ReportModel } from '../../report/report-model';

type View = { model: ReportModel; plan: ManpowerPlan };

async function ask(message: object): Promise<RuntimeReply> {
  return RuntimeReply.parse(await browser.runtime.sendMessage(message));
}

/** The toolbar and plan stay on screen only: printing gives the A4 report alone. */
const SCREEN_CSS = `@media screen { body { margin: 16px auto; max-width: 17cm; } }
@media print { .no-print { display: none !important; } }
.no-print { font-size: 11pt; border: 1px solid #ccc; padding: 8px; margin-bottom: 16px; }
.no-print button { margin-right: 8px; }`;

/**
 * The printable certification-readiness report (extension page, so the bundled Sarabun is the extension's own and
 * nothing is fetched): the officer's manpower plan, then the report as it prints; print and .docx buttons.
 */
export function ReportApp() {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const load = async () => {
    const reply = ReadinessReply.safeParse(await ask({ type: 'readiness.check' }));
    if (reply.success) {
      setView(reply.data.readiness as View);
      setError(null);
    } else setError({ code: 'LOCKED', message: 'เข้าสู่ระบบและปลดล็อกก่อน (log in and unlock first)' });
  };
  useEffect(() => void load(), []);
  const savePlan = async (plan: ManpowerPlan) => {
    setView((v) => (v ? { ...v, plan } : v));
    const reply = await ask({ type: 'plan.set', plan });
    if (!reply.ok) setError(reply.error);
    else await load();
  };
  const day = new Date().toISOString().slice(0, 10);
  return (
    <>
      <style>{`${reportFontFaces(BUNDLED_FONTS)}${REPORT_CSS}${SCREEN_CSS}`}</style>
      <div class="no-print" data-testid="report-toolbar">
        <b>รายงานความพร้อมรับรองข้อมูล (readiness report)</b>
        {error && (
          <p data-testid="report-error" data-code={error.code}>
            {error.message}
          </p>
        )}
        {view && (
          <>
            <PlanEditor
              plan={view.plan}
              fiscalYear={view.model.fiscalYear}
              onChange={(p) => void savePlan(p)}
            />
            <p>
              <button type="button" data-testid="report-print" onClick={() => window.print()}>
                พิมพ์ (print)
              </button>
              <button
                type="button"
                data-testid="report-docx"
                onClick={() => void downloadReportDocx(view.model, `readiness-${day}.docx`)}
              >
                ดาวน์โหลด .docx
              </button>
            </p>
          </>
        )}
      </div>
      {view && (
        <div data-testid="report-document" data-recorded={view.model.total.recorded}>
          <ReportDocument model={view.model} />
        </div>
      )}
    </>
  );
}
