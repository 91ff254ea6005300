import type { ProvinceOrgReadiness } from '../../../shared/protocol/province-messages';

/** A small element builder: the province assists draw a few plain elements into the LHR page, no framework. */
export function el(
  doc: Document,
  tag: string,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

/** "05/02/2570": the day in Bangkok, Buddhist era, as the LHR pages write dates. */
export function thaiDay(iso: string): string {
  return new Date(iso).toLocaleDateString('th-TH-u-ca-buddhist-nu-latn', {
    timeZone: 'Asia/Bangkok',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

/** Marks what the extension added, so the officer (and support) can tell it from the DLA's page. */
export const ASSIST_STYLE =
  'font:12px/1.4 Sarabun,Tahoma,sans-serif;border-left:3px solid #1d4ed8;background:#eff6ff;color:#0f172a;padding:2px 6px;margin:2px 0';

/** The readiness of one อปท., one line each: completeness, open items, LPA 2.9 projection, certified at อปท. level. */
export function readinessLines(r: ProvinceOrgReadiness): string[] {
  const pct = r.completeness === null ? '–' : `${Math.round(r.completeness * 100)}%`;
  const certified = r.certifiedAt
    ? `รับรองระดับ อปท. ${thaiDay(r.certifiedAt)}${r.certifiedAnyway ? ' (รับรองทั้งที่ยังค้าง — anyway)' : ''} (certified)`
    : 'ยังไม่รับรองระดับ อปท. (not certified)';
  return [
    `ข้อมูลครบ ${pct} (complete)`,
    `ค้างแก้ ${r.openItems} รายการ (open items)`,
    `LPA ๒.๙: ${r.lpaProjection === null ? '–' : r.lpaProjection} คะแนน (projection)`,
    certified,
  ];
}
