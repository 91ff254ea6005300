import type { FieldType } from '../../../shared/fields/field-types';
import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import { RegisterAddress } from '../../../shared/register/person-record';
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
  const house = value('houseNo');
  const province = value('province');
  // Only a whole address replaces the register's: selects that load after the page (province → district →
  // subdistrict) may still be empty when it is read.
  if (province && value('district') && value('subdistrict')) {
    const address = RegisterAddress.safeParse({
      houseNo: house ?? '',
      moo: value('moo') ?? '',
      soi: value('soi') ?? '',
      road: value('road') ?? '',
      subdistrict: stripPlace(value('subdistrict') ?? ''),
      district: stripPlace(value('district') ?? ''),
      province: stripPlace(province ?? ''),
      postcode: value('postcode') ?? '',
    });
    if (address.success) patch.address = address.data;
  }
  const phone = value('phone');
  const mobile = value('mobile');
  const email = value('email');
  if (phone !== null || mobile !== null || email !== null)
    patch.contacts = { phone: phone ?? '', mobile: mobile ?? '', email: email ?? '' };
  return patch;
}
