import { displayName } from '../thai/card-name';
import { splitCitizenId } from '../thai/citizen-id';
import { withDigits } from '../thai/digits';
import type { PartialDate } from '../thai/partial-date';
import { formatThaiDate, thaiMonthName } from '../thai/thai-date-format';
import type { DateFormat, FieldType } from './field-types';
import type { FillPerson } from './fill-person';

/** What a field should receive: text for inputs, or candidate option texts for selects (first match wins). */
export interface FieldValue {
  text: string;
  /** option texts or values that mean the same thing (e.g. ชาย / male / M), for selects and radios */
  alternatives: string[];
}

const DEFAULT_DATE: DateFormat = { style: 'numeric', digits: 'ascii', era: 'BE' };

function date(d: PartialDate | null, format: DateFormat): string | null {
  if (!d) return null;
  if (format.style === 'iso') {
    if (d.month === null || d.day === null) return null;
    return `${d.year - 543}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  const shifted = format.era === 'CE' ? { ...d, year: d.year - 543 } : d;
  return formatThaiDate(shifted, format.style, format.digits);
}

const plain = (text: string): FieldValue | null => (text ? { text, alternatives: [] } : null);

/** The address before ตำบล as one line: "99/1 หมู่ 5 ซอย… ถนน…". */
export function addressLine(person: FillPerson): string {
  const a = person.address;
  return [a.houseNo, a.moo && `หมู่ ${a.moo}`, a.soi && `ซอย${a.soi}`, a.road && `ถนน${a.road}`]
    .filter(Boolean)
    .join(' ');
}

/**
 * The value for one field type, formatted for the field (date style, split part). Null when the person has no
 * such value — the field is then left alone, never filled with a guess.
 */
export function fillValue(
  person: FillPerson,
  type: FieldType,
  options: { date?: DateFormat; part?: number; parts?: readonly number[] } = {},
): FieldValue | null {
  const { th, en } = person.name;
  const fmt = options.date ?? DEFAULT_DATE;
  switch (type) {
    case 'title':
      return plain(th.title);
    case 'firstName':
      return plain(th.first);
    case 'middleName':
      return plain(th.middle);
    case 'lastName':
      return plain(th.last);
    case 'fullName':
      return plain(displayName(th, 'th'));
    case 'titleEn':
      return plain(en.title);
    case 'firstNameEn':
      return plain(en.first);
    case 'middleNameEn':
      return plain(en.middle);
    case 'lastNameEn':
      return plain(en.last);
    case 'fullNameEn':
      return plain(displayName(en, 'en'));
    case 'citizenId': {
      if (options.part === undefined) return plain(person.citizenId);
      const parts = splitCitizenId(person.citizenId, options.parts ?? [1, 4, 5, 2, 1]);
      return plain(parts?.[options.part] ?? '');
    }
    case 'birthDate':
      return plain(date(person.birthDate, fmt) ?? '');
    case 'birthDay':
      return plain(person.birthDate?.day ? withDigits(String(person.birthDate.day), fmt.digits) : '');
    case 'birthMonth': {
      const m = person.birthDate?.month;
      return m
        ? {
            text: String(m),
            alternatives: [String(m).padStart(2, '0'), thaiMonthName(m, 'long'), thaiMonthName(m, 'short')],
          }
        : null;
    }
    case 'birthYear': {
      const y = person.birthDate?.year;
      return y
        ? { text: withDigits(String(fmt.era === 'CE' ? y - 543 : y), fmt.digits), alternatives: [] }
        : null;
    }
    case 'sex':
      if (person.sex === 'unknown') return null;
      return person.sex === 'male'
        ? { text: 'ชาย', alternatives: ['male', 'M', '1', 'ช'] }
        : { text: 'หญิง', alternatives: ['female', 'F', '2', 'ญ'] };
    case 'houseNo':
    case 'moo':
    case 'soi':
    case 'road':
    case 'subdistrict':
    case 'district':
    case 'province':
      return plain(person.address[type]);
    case 'postcode':
      return plain(person.postcode ?? '');
    case 'addressLine':
      return plain(addressLine(person));
    case 'cardIssueDate':
      return plain(date(person.issueDate, fmt) ?? '');
    case 'cardExpiryDate':
      return person.expiryDate === 'lifelong'
        ? { text: 'ตลอดชีพ', alternatives: ['lifelong'] }
        : plain(date(person.expiryDate, fmt) ?? '');
    case 'cardIssuer':
      return plain(person.issuer);
    case 'phone':
    case 'mobile':
    case 'email':
      return plain(person[type]);
  }
}
