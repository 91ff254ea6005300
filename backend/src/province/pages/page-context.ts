import type { Request } from 'express';
import type { OrgStatus } from '../../../../shared/protocol/province';
import { ORG_TYPES } from '../../../../shared/thai/org-code';

export type Lang = 'th' | 'en';

/** What every page needs: the language, the signed-in user and the CSRF token for its forms. */
export interface PageContext {
  lang: Lang;
  /** picks the text of the page's language (Thai first; English on ?lang=en) */
  t: (th: string, en: string) => string;
  username: string;
  role: string;
  csrf: string;
  /** a link within the dashboard that keeps the language */
  href: (path: string, query?: Record<string, string | number | undefined>) => string;
  /** this page in the other language */
  switchLang: string;
}

export function pageContext(req: Request): PageContext {
  const lang: Lang = req.query.lang === 'en' ? 'en' : 'th';
  return {
    lang,
    t: (th, en) => (lang === 'en' ? en : th),
    username: req.webSession?.username ?? '',
    role: req.webSession?.caller.role ?? '',
    csrf: req.webSession?.csrf ?? '',
    href: (path, query = {}) => link(path, { ...query, lang: lang === 'en' ? 'en' : undefined }),
    switchLang: otherLanguage(req.originalUrl, lang),
  };
}

function otherLanguage(url: string, lang: Lang): string {
  const parsed = new URL(url, 'http://x');
  if (lang === 'en') parsed.searchParams.delete('lang');
  else parsed.searchParams.set('lang', 'en');
  return parsed.pathname + parsed.search;
}

export function link(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const STATUS_LABELS: Record<OrgStatus, { th: string; en: string }> = {
  certified: { th: 'รับรองระดับ อปท. แล้ว', en: 'Certified' },
  'on-track': { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
  behind: { th: 'ล่าช้า', en: 'Behind' },
  'no-report': { th: 'ยังไม่มีรายงาน', en: 'No report' },
};

const TYPE_EN: Record<string, string> = {
  pao: 'Provincial admin. org.',
  'city-municipality': 'City municipality',
  'town-municipality': 'Town municipality',
  'subdistrict-municipality': 'Subdistrict municipality',
  sao: 'Subdistrict admin. org.',
};
const TYPE_BY_ID = new Map<string, { th: string; short: string; en: string }>(
  Object.values(ORG_TYPES).map((t) => [t.id, { th: t.th, short: t.short, en: TYPE_EN[t.id] ?? t.id }]),
);

export function orgTypeLabel(type: string, ctx: PageContext): string {
  const label = TYPE_BY_ID.get(type);
  return label ? ctx.t(label.short, label.en) : type;
}

// Building an Intl formatter costs far more than formatting with it; a page formats hundreds of dates.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, withTime: boolean, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${withTime}|${timeZone}`;
  let f = FORMATTERS.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'th-TH', {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' as const } : {}),
      timeZone,
    });
    FORMATTERS.set(key, f);
  }
  return f;
}

/** `2 ธ.ค. 2569 14:05` / `2 Dec 2026, 14:05` in Thai time. */
export function dateTime(iso: string | null, ctx: PageContext): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(ctx.lang, true, 'Asia/Bangkok').format(date);
}

/** A date (`2026-06-30`, taken as that calendar day) or a time's day in Thai time. */
export function dateOnly(iso: string | null, ctx: PageContext): string {
  if (!iso) return '–';
  const dayOnly = iso.length === 10;
  const date = new Date(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(ctx.lang, false, dayOnly ? 'UTC' : 'Asia/Bangkok').format(date);
}

export function percent(value: number | null): string {
  return value === null ? '–' : `${(Math.floor(value * 1000) / 10).toFixed(1)}%`;
}
