import type { CountComparison } from './count-compare';
import { ASSIST_STYLE, el, thaiDay } from './province-dom';

export interface GuardFindings {
  mismatches: CountComparison[];
  /** newest spot-check draw for this อปท., null when none was drawn */
  lastSpotCheck: { seed: string; n: number; drawnAt: string } | null;
}

export function hasFindings(f: GuardFindings): boolean {
  return f.mismatches.length > 0 || f.lastSpotCheck === null;
}

const PANEL_STYLE =
  'position:fixed;top:12%;left:50%;transform:translateX(-50%);z-index:2147483646;max-width:560px;width:90%;background:#fff;color:#0f172a;border:2px solid #b45309;border-radius:8px;padding:16px;box-shadow:0 8px 32px rgba(0,0,0,.3);font:14px/1.5 Sarabun,Tahoma,sans-serif';

export function spotCheckText(last: GuardFindings['lastSpotCheck']): string {
  return last
    ? `สุ่มตรวจสอบแล้ว ${last.n} คน เมื่อ ${thaiDay(last.drawnAt)} (seed ${last.seed}) — spot-check drawn`
    : 'ยังไม่ได้สุ่มตรวจสอบการบันทึกข้อมูล (no spot-check list drawn for this อปท.)';
}

/**
 * The panel shown when "รับรองระดับจังหวัด" is pressed while the counts differ from the register or no spot-check was
 * drawn (seed 002 step 5: check the counts against the facts and spot-check the menus first). It lists what was
 * found; "certify anyway" needs an explicit tick and then lets the officer's next press through. It never clicks.
 */
export function showProvinceGuard(
  doc: Document,
  findings: GuardFindings,
  onCertifyAnyway: () => void,
): HTMLElement {
  doc.querySelector('[data-lhr-assist="province-guard"]')?.remove();
  const list = el(doc, 'ul');
  for (const m of findings.mismatches)
    list.append(
      el(
        doc,
        'li',
        { 'data-testid': 'guard-mismatch' },
        `${m.label}: หน้า LHR ${m.page} คน, ทะเบียน ${m.register} คน (LHR page ${m.page}, register ${m.register})`,
      ),
    );
  const tick = el(doc, 'input', { type: 'checkbox', 'data-testid': 'guard-ack' }) as HTMLInputElement;
  const anyway = el(
    doc,
    'button',
    { type: 'button', 'data-testid': 'guard-certify-anyway', disabled: '' },
    'รับรองต่อ (certify anyway)',
  ) as HTMLButtonElement;
  const close = el(doc, 'button', { type: 'button', 'data-testid': 'guard-close' }, 'ปิด (close)');
  const panel = el(
    doc,
    'div',
    {
      role: 'dialog',
      'data-lhr-assist': 'province-guard',
      'data-testid': 'province-guard',
      style: PANEL_STYLE,
    },
    el(doc, 'b', {}, 'LHR Assist: ตรวจก่อนรับรองระดับจังหวัด (check before certifying)'),
    findings.mismatches.length
      ? el(doc, 'p', {}, 'จำนวนบุคลากรไม่ตรงกับทะเบียน (counts differ from the register):')
      : el(doc, 'p', { 'data-testid': 'guard-counts-ok' }, 'จำนวนบุคลากรตรงกับทะเบียน (counts match)'),
    list,
    el(
      doc,
      'p',
      {
        'data-testid': 'guard-spotcheck',
        'data-drawn': String(findings.lastSpotCheck !== null),
        style: ASSIST_STYLE,
      },
      spotCheckText(findings.lastSpotCheck),
    ),
    el(
      doc,
      'label',
      {},
      tick,
      ' ข้าพเจ้าตรวจสอบแล้ว และจะรับรองทั้งที่ยังมีรายการข้างต้น (I checked and certify anyway)',
    ),
    el(doc, 'p', {}, anyway, ' ', close),
  );
  tick.addEventListener('change', () => {
    anyway.disabled = !tick.checked;
  });
  anyway.addEventListener('click', () => {
    if (!tick.checked) return;
    onCertifyAnyway();
    panel.replaceChildren(
      el(
        doc,
        'p',
        { 'data-testid': 'guard-acknowledged' },
        'กดปุ่ม "รับรองระดับจังหวัด" อีกครั้งเพื่อรับรอง (press "รับรองระดับจังหวัด" again to certify)',
      ),
      close,
    );
  });
  close.addEventListener('click', () => panel.remove());
  doc.body.append(panel);
  return panel;
}
