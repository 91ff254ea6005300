import type { FieldType } from '../../../shared/fields/field-types';
import { normalizeLabel } from './normalize-label';

const MONTHS =
  /^(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** What a select's options say it holds, whatever its label: titles, days, months, years, provinces, sexes. */
export function sniffOptions(select: HTMLSelectElement): FieldType | 'blood' | null {
  const options = select.options;
  // Long lists are provinces or years; only a sample of their texts is needed to tell which.
  const sample =
    options.length > 40
      ? [options[1], options[2], options[3], options[options.length - 1]]
      : Array.from(options);
  const texts = sample
    // (an empty choice is the list's prompt, "พ.ศ." over the years, not one of its values)
    .map((o) => (o && o.value !== '' ? normalizeLabel(o.text) : ''))
    .filter((t) => t && !t.startsWith('-') && !t.includes('เลือก') && !t.includes('select'));
  if (options.length > 40) {
    if (texts.every((t) => /^\d{4}$/.test(t))) return 'birthYear';
    const all = Array.from(options, (o) => o.text);
    return all.some((t) => /กรุงเทพ|เชียงใหม่|bangkok/i.test(t)) && options.length >= 70 ? 'province' : null;
  }
  if (texts.length === 0) return null;
  const has = (re: RegExp, min = 1) => texts.filter((t) => re.test(t)).length >= min;
  if (has(/^(a|b|ab|o)$/, 3)) return 'blood';
  // (Mr., Mrs., Miss with no Thai title among them: the English title, whatever the label)
  if (has(/^(mr|mrs|miss|ms)\.?$/, 2) && !has(/^(นาย|นาง|นางสาว|น\.ส\.)$/)) return 'titleEn';
  if (has(/^(นาย|นาง|นางสาว|น\.ส\.|mr\.?|mrs\.?|miss)$/, 2)) return 'title';
  if (has(/^(ชาย|หญิง|male|female)$/, 2)) return 'sex';
  if (has(MONTHS, 10)) return 'birthMonth';
  if (texts.length >= 28 && texts.length <= 32 && texts.every((t) => /^\d{1,2}$/.test(t))) return 'birthDay';
  if (texts.length >= 12 && texts.every((t) => /^\d{4}$/.test(t))) return 'birthYear';
  if (texts.length === 12 && texts.every((t) => /^\d{1,2}$/.test(t))) return 'birthMonth';
  if (texts.length >= 70 && has(/กรุงเทพ|เชียงใหม่|bangkok/)) return 'province';
  return null;
}

/**
 * A select a label already calls the birth date, with a list too short to sniff (a page that lists only the days it
 * needs): which part of the date its options are. Never used without that label.
 */
export function birthPartOf(select: HTMLSelectElement): 'birthDay' | 'birthMonth' | 'birthYear' | null {
  const texts = Array.from(select.options, (o) => normalizeLabel(o.text)).filter(
    (t) => t && !/^(-|วัน|เดือน|ปี|พ\.ศ\.|ค\.ศ\.|day|month|year|dd|mm|yyyy|เลือก|select)/.test(t),
  );
  if (texts.length < 2) return null;
  if (texts.every((t) => MONTHS.test(t))) return 'birthMonth';
  if (texts.every((t) => /^\d{4}$/.test(t))) return 'birthYear';
  if (texts.every((t) => /^\d{1,2}$/.test(t) && Number(t) <= 31)) return 'birthDay';
  return null;
}
