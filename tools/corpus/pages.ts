import { CONFUSABLES, type ControlSpec, EN_LABELS, LABELS, type Row, type Section } from './field-bank';
import type { Naming, Style } from './render';

export type Split = 'dev' | 'val';

/** A tiny seeded generator so the corpus is the same every time it is generated. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const subject = (
  kind: ControlSpec['kind'],
  type: ControlSpec['type'],
  extra: Partial<ControlSpec> = {},
): ControlSpec => ({
  kind,
  type,
  scope: type ? 'subject' : null,
  ...extra,
});
const label = (r: Rand, split: Split, key: string) => pick(r, LABELS[key]?.[split] ?? [key]);

export interface IdentityOptions {
  id: 'single' | 'five' | 'thirteen';
  names: 'separate' | 'full' | 'full-two';
  middle: boolean;
  english: boolean;
  sex: 'select' | 'radio' | 'none';
  birth: 'text' | 'selects' | 'native' | 'readonly';
}

export function identity(r: Rand, split: Split, o: IdentityOptions): Section {
  const rows: Row[] = [];
  const idLabel = label(r, split, 'citizenId');
  if (o.id === 'single')
    rows.push({ label: idLabel, controls: [subject('text', 'citizenId', { maxlength: 17 })] });
  if (o.id === 'five')
    rows.push({
      label: idLabel,
      controls: [1, 4, 5, 2, 1].map((m, i) => subject('text', 'citizenId', { maxlength: m, part: i })),
    });
  if (o.id === 'thirteen')
    rows.push({
      label: idLabel,
      controls: Array.from({ length: 13 }, (_, i) => subject('text', 'citizenId', { maxlength: 1, part: i })),
    });
  rows.push({ label: label(r, split, 'title'), controls: [subject('select-title', 'title')] });
  if (o.names === 'separate') {
    rows.push({ label: label(r, split, 'firstName'), controls: [subject('text', 'firstName')] });
    if (o.middle)
      rows.push({ label: label(r, split, 'middleName'), controls: [subject('text', 'middleName')] });
    rows.push({ label: label(r, split, 'lastName'), controls: [subject('text', 'lastName')] });
  } else if (o.names === 'full') {
    rows.push({ label: label(r, split, 'fullName'), controls: [subject('text', 'fullName')] });
  } else {
    rows.push({
      label: label(r, split, 'fullName'),
      controls: [subject('text', 'firstName'), subject('text', 'lastName')],
    });
  }
  if (o.english) {
    rows.push({ label: label(r, split, 'firstNameEn'), controls: [subject('text', 'firstNameEn')] });
    rows.push({ label: label(r, split, 'lastNameEn'), controls: [subject('text', 'lastNameEn')] });
  }
  if (o.sex === 'select')
    rows.push({ label: label(r, split, 'sex'), controls: [subject('select-sex', 'sex')] });
  if (o.sex === 'radio')
    rows.push({ label: label(r, split, 'sex'), controls: [subject('radio-sex', 'sex')] });
  const birthLabel = label(r, split, 'birthDate');
  if (o.birth === 'text')
    rows.push({ label: birthLabel, controls: [subject('text', 'birthDate', { placeholder: 'วว/ดด/ปปปป' })] });
  if (o.birth === 'native') rows.push({ label: birthLabel, controls: [subject('date-native', 'birthDate')] });
  if (o.birth === 'readonly')
    rows.push({ label: birthLabel, controls: [subject('readonly-date', 'birthDate')] });
  if (o.birth === 'selects') {
    rows.push({
      label: birthLabel,
      controls: [
        subject('select-day', 'birthDay'),
        subject('select-month', 'birthMonth'),
        subject('select-year', 'birthYear'),
      ],
    });
  }
  return { heading: pick(r, ['ข้อมูลส่วนตัว', 'ประวัติส่วนตัว', 'ข้อมูลผู้ขอ']), rows };
}

export function address(r: Rand, split: Split, cascading: boolean): Section {
  const rows: Row[] = ['houseNo', 'moo', 'soi', 'road'].map((k) => ({
    label: label(r, split, k),
    controls: [subject('text', k as ControlSpec['type'])],
  }));
  if (cascading) {
    rows.push({ label: label(r, split, 'province'), controls: [subject('select-province', 'province')] });
    rows.push({ label: label(r, split, 'district'), controls: [subject('select-empty', 'district')] });
    rows.push({ label: label(r, split, 'subdistrict'), controls: [subject('select-empty', 'subdistrict')] });
  } else {
    for (const k of ['subdistrict', 'district', 'province'])
      rows.push({ label: label(r, split, k), controls: [subject('text', k as ControlSpec['type'])] });
  }
  rows.push({
    label: label(r, split, 'postcode'),
    controls: [subject('text', 'postcode', { maxlength: 5 })],
  });
  return { heading: pick(r, ['ที่อยู่ตามทะเบียนบ้าน', 'ที่อยู่ปัจจุบัน', 'ที่อยู่ที่ติดต่อได้']), rows };
}

export function contact(r: Rand, split: Split): Section {
  return {
    heading: 'การติดต่อ',
    rows: [
      { label: label(r, split, 'phone'), controls: [subject('text', 'phone')] },
      { label: label(r, split, 'mobile'), controls: [subject('tel', 'mobile')] },
      { label: label(r, split, 'email'), controls: [subject(r() < 0.5 ? 'email' : 'text', 'email')] },
    ],
  };
}

export function card(r: Rand, split: Split): Section {
  return {
    heading: 'ข้อมูลบัตร',
    rows: ['cardIssueDate', 'cardExpiryDate', 'cardIssuer'].map((k) => ({
      label: label(r, split, k),
      controls: [
        subject('text', k as ControlSpec['type'], k === 'cardIssuer' ? {} : { placeholder: 'วว/ดด/ปปปป' }),
      ],
    })),
  };
}

/** Father/mother/spouse: the same labels as the card holder's, but someone else's data (scope other). */
export function family(r: Rand, split: Split, who: 'บิดา' | 'มารดา' | 'คู่สมรส'): Section {
  const other = (kind: ControlSpec['kind'], type: ControlSpec['type']): ControlSpec => ({
    kind,
    type,
    scope: 'other',
  });
  const rows: Row[] = [
    { label: label(r, split, 'title'), controls: [other('select-title', 'title')] },
    { label: label(r, split, 'firstName'), controls: [other('text', 'firstName')] },
    { label: label(r, split, 'lastName'), controls: [other('text', 'lastName')] },
  ];
  if (who === 'คู่สมรส')
    rows.push({ label: label(r, split, 'citizenId'), controls: [other('text', 'citizenId')] });
  return { heading: `ข้อมูล${who}`, rows };
}

export function recorder(): Section {
  return {
    heading: 'ผู้บันทึกข้อมูล',
    rows: [
      { label: 'ชื่อ-นามสกุล', controls: [{ kind: 'text', type: 'fullName', scope: 'other' }] },
      { label: 'โทรศัพท์', controls: [{ kind: 'text', type: 'phone', scope: 'other' }] },
    ],
  };
}

export function confusables(r: Rand, split: Split, count: number): Section {
  const pool = [...CONFUSABLES[split]];
  const rows: Row[] = [];
  for (let i = 0; i < count && pool.length; i++) {
    const [text, kind] = pool.splice(Math.floor(r() * pool.length), 1)[0] ?? ['', 'text'];
    rows.push({ label: text, controls: [{ kind, type: null, scope: null }] });
  }
  return { heading: 'ข้อมูลอื่น ๆ', rows };
}

export function englishOnly(r: Rand, split: Split): Section {
  const l = (k: string) => pick(r, EN_LABELS[k]?.[split] ?? [k]);
  return {
    heading: 'Applicant',
    rows: [
      { label: l('citizenId'), controls: [subject('text', 'citizenId', { maxlength: 13 })] },
      { label: l('title'), controls: [subject('select-title-en', 'titleEn')] },
      { label: l('firstNameEn'), controls: [subject('text', 'firstNameEn')] },
      { label: l('lastNameEn'), controls: [subject('text', 'lastNameEn')] },
      { label: l('birthDate'), controls: [subject('date-native', 'birthDate')] },
      { label: l('province'), controls: [subject('select-province', 'province')] },
      { label: l('postcode'), controls: [subject('text', 'postcode', { maxlength: 5 })] },
      { label: l('mobile'), controls: [subject('tel', 'mobile')] },
      { label: l('email'), controls: [subject('email', 'email')] },
    ],
  };
}

export interface PageSpec {
  name: string;
  split: Split;
  style: Style;
  naming: Naming;
  title: string;
  sections: Section[];
}

const STYLES: Style[] = [
  'table',
  'table4',
  'label-for',
  'wrap',
  'header-row',
  'div-grid',
  'dl',
  'placeholder',
  'aria',
];
const NAMINGS: Naming[] = ['aspnet', 'plain', 'meaningless'];

/** The corpus: 24 dev pages and 14 val pages, each a different mix of markup, layout and traps. */
export function corpusPages(): PageSpec[] {
  const pages: PageSpec[] = [];
  const plan: Array<[Split, number]> = [
    ['dev', 24],
    ['val', 14],
  ];
  for (const [split, count] of plan) {
    for (let i = 0; i < count; i++) {
      const r = rng((split === 'dev' ? 1000 : 5000) + i);
      const style = STYLES[i % STYLES.length] as Style;
      const naming = NAMINGS[Math.floor(i / 3) % NAMINGS.length] as Naming;
      const sections: Section[] = [];
      let title = pick(r, [
        'แบบบันทึกข้อมูลบุคลากร',
        'ทะเบียนประวัติ ก.พ.7',
        'แบบฟอร์มขอมีบัตรประจำตัวเจ้าหน้าที่',
        'แบบคำขอโอนย้าย',
        'ข้อมูลผู้ดูแลระบบ INFO',
      ]);
      if (i % 9 === 8) {
        title = 'Staff registration form';
        sections.push(englishOnly(r, split));
      } else {
        sections.push(
          identity(r, split, {
            id: pick(r, ['single', 'five', 'thirteen', 'single'] as const),
            names: pick(r, ['separate', 'separate', 'full', 'full-two'] as const),
            middle: r() < 0.4,
            english: r() < 0.4,
            sex: pick(r, ['select', 'radio', 'none'] as const),
            birth: pick(r, ['text', 'selects', 'native', 'readonly'] as const),
          }),
        );
        if (r() < 0.7) sections.push(address(r, split, r() < 0.5));
        if (r() < 0.5) sections.push(contact(r, split));
        if (r() < 0.3) sections.push(card(r, split));
        if (r() < 0.6) sections.push(family(r, split, pick(r, ['บิดา', 'มารดา', 'คู่สมรส'] as const)));
        if (r() < 0.3) sections.push(recorder());
        sections.push(confusables(r, split, 2 + Math.floor(r() * 3)));
      }
      pages.push({
        name: `${split}-${String(i + 1).padStart(2, '0')}-${style}`,
        split,
        style,
        naming,
        title,
        sections,
      });
    }
  }
  return pages;
}
