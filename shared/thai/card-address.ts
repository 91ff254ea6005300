import { thaiToAsciiDigits } from './digits';

/** The card's ทะเบียนบ้าน address split into form fields, prefixes stripped, with the raw text kept. */
export interface CardAddress {
  houseNo: string;
  moo: string;
  /** ตรอก/ซอย */
  soi: string;
  road: string;
  /** ตำบล, or แขวง in Bangkok */
  subdistrict: string;
  /** อำเภอ, or เขต in Bangkok */
  district: string;
  province: string;
  /** The decoded card text, `#` separators included. */
  raw: string;
}

export const BANGKOK = 'กรุงเทพมหานคร';

type Part = 'moo' | 'soi' | 'road' | 'subdistrict' | 'district' | 'province';

// Longest prefixes first so that "หมู่ที่" wins over "หมู่" and "ตำบล" over "ต.".
const PREFIXES: ReadonlyArray<[Part, RegExp]> = [
  ['moo', /^(?:หมู่ที่|หมู่(?!บ้าน)|ม\.)\s*/],
  ['soi', /^(?:ซอย|ตรอก|ซ\.)\s*/],
  ['road', /^(?:ถนน|ถ\.)\s*/],
  ['subdistrict', /^(?:ตำบล|แขวง|ต\.)\s*/],
  ['district', /^(?:อำเภอ|เขต|อ\.)\s*/],
  ['province', /^(?:จังหวัด|จ\.)\s*/],
];

// Positions in the card layout `house#moo#lane#road#(unknown)#tambon#amphoe#province`, used for unprefixed parts.
const POSITION: ReadonlyArray<Part | null> = [
  null,
  'moo',
  'soi',
  'road',
  null,
  'subdistrict',
  'district',
  'province',
];

function classify(part: string): [Part, string] | null {
  for (const [name, re] of PREFIXES) if (re.test(part)) return [name, part.replace(re, '').trim()];
  if (/^กรุงเทพ(?:มหานคร|ฯ)?$/.test(part)) return ['province', BANGKOK];
  return null;
}

/** True for Bangkok addresses, which use แขวง/เขต and no จังหวัด. */
export function isBangkok(address: Pick<CardAddress, 'province'>): boolean {
  return address.province === BANGKOK;
}

/**
 * Parses the card address (8 `#` parts, up to 160 bytes). Parts are recognised by their prefix first
 * (หมู่ที่, ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต, จังหวัด), by position otherwise; numbers get ASCII digits.
 * Unrecognised text is never dropped: it stays in `raw` and, when positionless, is appended to houseNo.
 */
export function parseCardAddress(rawInput: string): CardAddress {
  const raw = rawInput.replace(/[\s\0]+$/, '').trim();
  const out: CardAddress = {
    houseNo: '',
    moo: '',
    soi: '',
    road: '',
    subdistrict: '',
    district: '',
    province: '',
    raw,
  };
  const parts = raw.split('#').map((p) => p.trim().replace(/\s+/g, ' '));
  parts.forEach((part, index) => {
    if (part === '') return;
    const known = classify(part);
    // A village name (หมู่บ้าน…) belongs with the house number whatever its position.
    const isVillage = part.startsWith('หมู่บ้าน');
    const slot = known?.[0] ?? (index === 0 || isVillage ? null : (POSITION[index] ?? null));
    const value = known?.[1] ?? part;
    if (slot === null || out[slot] !== '') {
      out.houseNo = [out.houseNo, part].filter(Boolean).join(' ');
    } else {
      out[slot] = value;
    }
  });
  if (out.province === 'กรุงเทพฯ') out.province = BANGKOK;
  out.houseNo = thaiToAsciiDigits(out.houseNo);
  out.moo = thaiToAsciiDigits(out.moo);
  return out;
}
