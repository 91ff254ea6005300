import type { FieldType } from '../../../shared/fields/field-types';
import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';
import { parseThaiDate } from '../../../shared/thai/thai-date-format';
import { normalizeTitle } from '../../../shared/thai/title-prefix';
import type { DetectedField } from '../detect/detected-field';
import { staffTypeFromText } from './staff-labels';

/** The text a control shows: a select's chosen option text, a radio group's checked label, else its value. */
function shown(field: DetectedField): string {
  const el = field.element;
  if (el instanceof HTMLSelectElement) return el.value ? (el.selectedOptions[0]?.text ?? '').trim() : '';
  if (field.group || (el instanceof HTMLInputElement && el.type === 'radio')) {
    // Heuristics may find one radio of a group: the answer is whichever radio of that name is checked.
    const group =
      field.group ??
      Array.from(
        el.ownerDocument.querySelectorAll<HTMLInputElement>(
          `input[type=radio][name="${CSS.escape(el.name)}"]`,
        ),
      );
    const checked = group.find((r) => r.checked);
    if (!checked) return '';
    const label = checked.labels?.[0]?.textContent ?? '';
    return `${checked.value} ${label}`.trim();
  }
  return el.value.trim();
}

const ADDRESS_FIELDS = [
  ['houseNo', 'houseNo'],
  ['moo', 'moo'],
  ['soi', 'soi'],
  ['road', 'road'],
  ['subdistrict', 'subdistrict'],
  ['district', 'district'],
  ['province', 'province'],
  ['postcode', 'postcode'],
] as const satisfies ReadonlyArray<readonly [string, FieldType]>;
const PLACES = new Set(['subdistrict', 'district', 'province']);

/** Select texts carry the level word (อ.เมือง, เขตบางรัก, ต.ในเมือง); the register keeps bare names. */
const stripPlace = (text: string) => text.replace(/^(จังหวัด|จ\.|อำเภอ|อ\.|เขต|ตำบล|ต\.|แขวง)\s*/, '');

/**
 * What a saved ก.พ.7 form page says about its person, part by part: identity (names, birth date, sex), the staff
 * type, the registered address, contacts. Only parts the page shows are returned; the background replaces each.
 */
export function patchFromForm(fields: readonly DetectedField[]): Partial<RegisterPatch> {
  const value = (type: FieldType) => {
    const f = fields.find((x) => x.type === type && x.scope === 'subject');
    return f ? shown(f) : null;
  };
  const patch: Partial<RegisterPatch> = {};
  const first = value('firstName');
  const last = value('lastName');
  if (first && last) {
    const sexText = value('sex') ?? '';
    patch.identity = {
      name: {
        th: {
          title: normalizeTitle(value('title') ?? '').canonical,
          first,
          middle: value('middleName') ?? '',
          last,
        },
        en: {
          title: value('titleEn') ?? '',
          first: value('firstNameEn') ?? '',
          middle: value('middleNameEn') ?? '',
          last: value('lastNameEn') ?? '',
        },
      },
      birthDate: parseThaiDate(value('birthDate') ?? ''),
      sex: /^(M|1)\b|ชาย/.test(sexText) ? 'male' : /^(F|2)\b|หญิง/.test(sexText) ? 'female' : 'unknown',
    };
  }
  const typeField = fields.find((f) => f.label.includes('ประเภทบุคลากร'));
  const staffType = typeField ? staffTypeFromText(typeField.element.value) : null;
  if (staffType) patch.staffType = staffType;
  // Only a whole address replaces the register's: selects that load after the page (province → district →
  // subdistrict) may still be empty when it is read. Parts the page has no field for are left out here and kept
  // from the register by completeParts.
  if (value('province') && value('district') && value('subdistrict')) {
    const address: Record<string, string> = {};
    for (const [key, type] of ADDRESS_FIELDS) {
      const text = value(type);
      if (text !== null) address[key] = PLACES.has(key) ? stripPlace(text) : text;
    }
    if (address.postcode !== undefined && !/^\d{5}$/.test(address.postcode)) address.postcode = '';
    patch.address = address as RegisterPatch['address'];
  }
  const contacts: Record<string, string> = {};
  for (const key of ['phone', 'mobile', 'email'] as const) {
    const text = value(key);
    if (text !== null) contacts[key] = text;
  }
  if (Object.keys(contacts).length > 0) patch.contacts = contacts as RegisterPatch['contacts'];
  return patch;
}

const EMPTY_ADDRESS = {
  houseNo: '',
  moo: '',
  village: '',
  soi: '',
  road: '',
  subdistrict: '',
  district: '',
  province: '',
  postcode: '',
};

/** The entries that say something: a blank field on the page never erases what the register knows. */
function filled<T extends object>(part: T): Partial<T> {
  return Object.fromEntries(Object.entries(part).filter(([, v]) => v !== '' && v !== null)) as Partial<T>;
}

/**
 * Whole parts for the register (a patch part replaces the register's). What the page leaves blank or has no field
 * for (the village, a phone box, an unknown birth date) is kept from the record, or empty for someone new.
 */
export function completeParts(patch: RegisterPatch, record: PersonRecord | null): RegisterPatch {
  const out = { ...patch };
  if (patch.address) out.address = { ...(record?.address ?? EMPTY_ADDRESS), ...filled(patch.address) };
  if (patch.contacts)
    out.contacts = {
      ...(record?.contacts ?? { phone: '', mobile: '', email: '' }),
      ...filled(patch.contacts),
    };
  if (patch.identity && record) {
    const { name, birthDate, sex } = patch.identity;
    out.identity = {
      name: { th: { ...record.name.th, ...filled(name.th) }, en: { ...record.name.en, ...filled(name.en) } },
      birthDate: birthDate ?? record.birthDate,
      sex: sex === 'unknown' ? record.sex : sex,
    };
  }
  return out;
}

/** The parts a form page has fields for, filled in or not (what a save of this page can have kept). */
export function pageParts(fields: readonly DetectedField[]): string[] {
  const has = (...types: FieldType[]) =>
    fields.some((f) => f.scope === 'subject' && f.type !== null && types.includes(f.type));
  return [
    ...(has('firstName', 'lastName') ? ['identity'] : []),
    ...(fields.some((f) => f.label.includes('ประเภทบุคลากร')) ? ['staffType'] : []),
    ...(has('province') ? ['address'] : []),
    ...(has('phone', 'mobile', 'email') ? ['contacts'] : []),
  ];
}
