import { thaiMonthName } from '../../shared/thai/thai-date-format';
import type { ControlSpec, Row, Section } from './field-bank';

export type Style =
  | 'table'
  | 'table4'
  | 'label-for'
  | 'wrap'
  | 'header-row'
  | 'div-grid'
  | 'dl'
  | 'placeholder'
  | 'aria';
export type Naming = 'aspnet' | 'plain' | 'meaningless';

const PROVINCES = [
  'กรุงเทพมหานคร',
  'กระบี่',
  'กาญจนบุรี',
  'เชียงใหม่',
  'เชียงราย',
  'นครราชสีมา',
  'ภูเก็ต',
  'ลำพูน',
  'สงขลา',
  'อุบลราชธานี',
];
const MONTHS = Array.from({ length: 12 }, (_, i) => thaiMonthName(i + 1, 'long'));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const opts = (items: string[], first = '-- เลือก --') =>
  [
    `<option value="">${first}</option>`,
    ...items.map((t, i) => `<option value="${i + 1}">${esc(t)}</option>`),
  ].join('');

/** Renders one control; `attrs` carries name/id and, by style, the label as placeholder or aria-label. */
function control(c: ControlSpec, attrs: string): string {
  const ml = c.maxlength ? ` maxlength="${c.maxlength}" size="${c.maxlength + 1}"` : '';
  const ph = c.placeholder ? ` placeholder="${esc(c.placeholder)}"` : '';
  switch (c.kind) {
    case 'text':
      return `<input type="text"${attrs}${ml}${ph}>`;
    case 'textarea':
      return `<textarea${attrs} rows="2"></textarea>`;
    case 'email':
      return `<input type="email"${attrs}${ph}>`;
    case 'tel':
      return `<input type="tel"${attrs}${ph}>`;
    case 'password':
      return `<input type="password"${attrs}>`;
    case 'hidden':
      return `<input type="hidden"${attrs} value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2Q=">`;
    case 'submit':
      return `<input type="submit"${attrs} value="บันทึก">`;
    case 'checkbox':
      return `<input type="checkbox"${attrs}> ยอมรับเงื่อนไข`;
    case 'date-native':
      return `<input type="date"${attrs}>`;
    case 'readonly-date':
      return `<input type="text"${attrs} readonly placeholder="วว/ดด/ปปปป"> <button type="button">📅</button>`;
    case 'select-title':
      return `<select${attrs}>${opts(['นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี'])}</select>`;
    case 'select-title-en':
      return `<select${attrs}>${opts(['Mr.', 'Mrs.', 'Miss', 'Ms.'], '--')}</select>`;
    case 'select-sex':
      return `<select${attrs}>${opts(['ชาย', 'หญิง'])}</select>`;
    case 'radio-sex':
      return `<input type="radio"${attrs} value="M"> ชาย <input type="radio"${attrs.replace(/ id="[^"]*"/, '')} value="F"> หญิง`;
    case 'select-province':
      return `<select${attrs}>${opts([...PROVINCES, ...Array.from({ length: 67 }, (_, i) => `จังหวัดที่ ${i + 11}`)])}</select>`;
    case 'select-empty':
      return `<select${attrs}><option value="">-- เลือก --</option></select>`;
    case 'select-day':
      return `<select${attrs}>${opts(
        Array.from({ length: 31 }, (_, i) => String(i + 1)),
        'วันที่',
      )}</select>`;
    case 'select-month':
      return `<select${attrs}>${opts(MONTHS, 'เดือน')}</select>`;
    case 'select-year':
      return `<select${attrs}>${opts(
        Array.from({ length: 80 }, (_, i) => String(2569 - i)),
        'ปี พ.ศ.',
      )}</select>`;
    case 'select-blood':
      return `<select${attrs}>${opts(['A', 'B', 'AB', 'O'], '--')}</select>`;
  }
}

/** Expected detections in document order: one per input/select/textarea the page will have. */
export interface Expected {
  type: string | null;
  part: number | null;
  scope: 'subject' | 'other' | null;
}

export function renderPage(
  title: string,
  sections: Section[],
  style: Style,
  naming: Naming,
): { html: string; expected: Expected[] } {
  const expected: Expected[] = [];
  let n = 0;
  const placeholders = new Map<number, string>();
  const attrsFor = (spec: ControlSpec, label: string, first: boolean) => {
    let c = spec;
    n++;
    const base =
      naming === 'aspnet'
        ? `ctl00$ContentPlaceHolder1$fld${n}`
        : naming === 'plain'
          ? `field_${n}`
          : `x${(n * 7919) % 1000}`;
    const id = base.replace(/\$/g, '_');
    let attrs = ` name="${base}" id="${id}"`;
    if (style === 'placeholder' && first && ['text', 'email', 'tel', 'textarea'].includes(c.kind)) {
      // Placeholder-only pages put the label in the placeholder, with any format hint after it.
      c = { ...c, placeholder: c.placeholder ? `${label} (${c.placeholder})` : label };
      placeholders.set(n, c.placeholder ?? '');
    }
    if (style === 'aria' && first && label) attrs += ` aria-label="${esc(label)}"`;
    const count = c.kind === 'radio-sex' ? 2 : c.kind === 'checkbox' ? 1 : 1;
    for (let i = 0; i < count; i++)
      expected.push({ type: c.type, part: c.part ?? null, scope: c.type === null ? null : c.scope });
    return { attrs, id, spec: c };
  };
  const controlsHtml = (row: Row) => {
    const parts: string[] = [];
    let firstId = '';
    row.controls.forEach((c, i) => {
      const { attrs, id, spec } = attrsFor(c, row.label, i === 0);
      if (i === 0) firstId = id;
      parts.push(control(spec, attrs));
    });
    return {
      html: parts.join(row.controls.length > 1 && row.controls[0]?.part !== undefined ? ' - ' : ' '),
      firstId,
    };
  };
  const needsLabel = style !== 'placeholder' && style !== 'aria';
  const body: string[] = [];
  body.push(controlsHtml({ label: '', controls: [{ kind: 'hidden', type: null, scope: null }] }).html);
  for (const section of sections) {
    if (style === 'table' || style === 'table4') {
      const rows: string[] = [];
      if (section.heading) rows.push(`<tr><td colspan="4" class="section">${esc(section.heading)}</td></tr>`);
      const per = style === 'table4' ? 2 : 1;
      for (let i = 0; i < section.rows.length; i += per) {
        const cells = section.rows
          .slice(i, i + per)
          .map((r) => `<td class="label">${esc(r.label)}</td><td>${controlsHtml(r).html}</td>`);
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      body.push(`<table class="form" border="1">${rows.join('\n')}</table>`);
    } else if (style === 'header-row') {
      if (section.heading) body.push(`<h4>${esc(section.heading)}</h4>`);
      const heads = section.rows.map((r) => `<th>${esc(r.label)}</th>`).join('');
      const cells = section.rows.map((r) => `<td>${controlsHtml(r).html}</td>`).join('');
      body.push(`<table class="grid"><tr>${heads}</tr><tr>${cells}</tr></table>`);
    } else {
      const open = style === 'dl' ? '<dl>' : '<div class="group">';
      const close = style === 'dl' ? '</dl>' : '</div>';
      const wrapped: string[] = [];
      for (const r of section.rows) {
        const { html, firstId } = controlsHtml(r);
        if (style === 'label-for')
          wrapped.push(`<div class="row"><label for="${firstId}">${esc(r.label)}</label> ${html}</div>`);
        else if (style === 'wrap')
          wrapped.push(`<div class="row"><label>${esc(r.label)} ${html}</label></div>`);
        else if (style === 'div-grid')
          wrapped.push(
            `<div class="row"><div class="col-4">${esc(r.label)}</div><div class="col-8">${html}</div></div>`,
          );
        else if (style === 'dl') wrapped.push(`<dt>${esc(r.label)}</dt><dd>${html}</dd>`);
        else wrapped.push(`<div class="row">${html}</div>`);
      }
      const legend = section.heading
        ? style === 'label-for' || style === 'dl'
          ? `<h3>${esc(section.heading)}</h3>`
          : `<fieldset><legend>${esc(section.heading)}</legend>`
        : '';
      const end = section.heading && !(style === 'label-for' || style === 'dl') ? '</fieldset>' : '';
      body.push(`${legend}${open}${wrapped.join('\n')}${close}${end}`);
      void needsLabel;
    }
  }
  body.push(controlsHtml({ label: '', controls: [{ kind: 'submit', type: null, scope: null }] }).html);
  const html = `<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><h2>${esc(title)}</h2>
<form method="post" action="#">
${body.join('\n')}
</form></body></html>
`;
  return { html, expected };
}
