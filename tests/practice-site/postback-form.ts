import { escapeHtml } from './aspnet-layout';

/**
 * What an ASP.NET page sends back after a save: the same form with the values that were posted (text boxes keep
 * their text, selects their option, radios their choice) and a "saved" line. Works on the practice pages' own
 * markup only: one control per tag, `name="…"` before or after the other attributes.
 */
export function renderPostback(html: string, posted: Record<string, string | undefined>): string {
  let out = html.replace(/<input\b([^>]*)>/g, (tag, attrs: string) => {
    const name = /\bname="([^"]+)"/.exec(attrs)?.[1];
    if (!name || posted[name] === undefined) return tag;
    const value = posted[name] ?? '';
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1] ?? 'text';
    if (type === 'radio' || type === 'checkbox') {
      const own = /\bvalue="([^"]*)"/.exec(attrs)?.[1];
      return own === value ? `<input${attrs.replace(/\s+checked\b/, '')} checked>` : tag;
    }
    if (type !== 'text') return tag;
    return `<input${attrs.replace(/\s+value="[^"]*"/, '')} value="${escapeHtml(value)}">`;
  });
  out = out.replace(/<select\b([^>]*)>([\s\S]*?)<\/select>/g, (tag, attrs: string, options: string) => {
    const name = /\bname="([^"]+)"/.exec(attrs)?.[1];
    const value = name ? posted[name] : undefined;
    if (value === undefined) return tag;
    const chosen = options
      .replace(/\s+selected\b/g, '')
      .replace(
        new RegExp(`<option value="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
        (o) => `${o} selected`,
      );
    return `<select${attrs}>${chosen}</select>`;
  });
  return out.replace(
    '<div class="content">',
    '<div class="content"><p class="ok" id="lblSaved">บันทึกข้อมูลเรียบร้อยแล้ว</p>',
  );
}
