import { thaiToAsciiDigits } from '../thai/digits';

/**
 * Hosts of national systems that officers paste instead of their own อปท.'s website (every one of them occurs in the
 * DLA's own registry column "เว็ปไซต์ของอปท", domain.md §4.2 INFO08).
 */
const NATIONAL_HOSTS = [
  'dla.go.th',
  'moi.go.th',
  'ktb.co.th',
  'ktb.go.th',
  'gprocurement.go.th',
  'egp.go.th',
  'facebook.com',
];

/** Words that mean "none" in the column. */
const NONE_WORDS = /^(-+|—|ไม่มี|ยังไม่มี|n\/?a|none|null|nil|\.+|ไม่ระบุ)$/i;

export interface WebsiteCheck {
  /** the address to store, with scheme (https:// added when the officer typed only www.…) */
  normalized: string | null;
  problem: 'URL_INVALID' | null;
  /** why, for the Thai message: which kind of wrong value it is */
  reason: 'empty-word' | 'phone' | 'email' | 'coordinates' | 'ip' | 'national' | 'syntax' | null;
}

const bad = (reason: WebsiteCheck['reason']): WebsiteCheck => ({
  normalized: null,
  problem: 'URL_INVALID',
  reason,
});

/**
 * INFO08 "เว็บไซต์ อปท.": must be the office's own web address. Refuses "-", "ไม่มี", phone numbers, e-mail addresses,
 * coordinates, bare IPs and national systems' hosts; accepts `www.example.go.th` without a scheme.
 */
export function checkWebsite(input: string): WebsiteCheck {
  const text = thaiToAsciiDigits(input).trim();
  if (text === '' || NONE_WORDS.test(text)) return bad('empty-word');
  if (/^[+\d][\d\s\-().]{6,}$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 9) return bad('phone');
  if (/^[^\s@/]+@[^\s@]+$/.test(text) || /^mailto:/i.test(text)) return bad('email');
  if (/^-?\d{1,3}\.\d+\s*,\s*-?\d{1,3}\.\d+$/.test(text)) return bad('coordinates');
  if (/\s/.test(text)) return bad('syntax');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return bad('syntax');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad('syntax');
  const host = url.hostname.toLowerCase();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) return bad('ip');
  // The top-level label must be plain letters: Thai text with a dot ("อบต.บ้านใหม่") parses as an IDN host, and no
  // อปท. uses a .ไทย address as its registered site.
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host)) return bad('syntax');
  if (NATIONAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return bad('national');
  return { normalized: url.href, problem: null, reason: null };
}
