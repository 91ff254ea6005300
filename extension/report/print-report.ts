import { DOCX_MIME, reportDocxBytes } from './report-docx';
import type { ReportModel } from './report-model';

/**
 * Prints a rendered report from a hidden iframe, once its fonts have loaded (a report printed in a fallback font
 * wraps differently and may spill onto a second page). Call it from an extension page: there the bundled font
 * URLs are the extension's own; inside the LHR page they would need web_accessible_resources and the page's CSP.
 */
export async function printReportHtml(html: string, doc: Document = document): Promise<void> {
  const frame = doc.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px';
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.srcdoc = html;
  doc.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  if (!win) return;
  await win.document.fonts?.ready;
  win.focus();
  win.print();
  // print() blocks until the dialog closes in Chromium; the frame is not needed afterwards
  frame.remove();
}

/** Offers the .docx as a download named after the office and the day, e.g. `readiness-2026-07-20.docx`. */
export async function downloadReportDocx(
  model: ReportModel,
  fileName: string,
  doc: Document = document,
): Promise<void> {
  const blob = new Blob([await reportDocxBytes(model)], { type: DOCX_MIME });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
