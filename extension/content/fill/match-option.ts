import type { FieldType } from '../../../shared/fields/field-types';
import type { FieldValue } from '../../../shared/fields/fill-values';
import { isSameTitle } from '../../../shared/thai/title-prefix';
import { normalizeLabel } from '../detect/normalize-label';

// Place names appear with or without their prefix, abbreviated or not: "อ.เมืองเชียงใหม่", "เขตบางกะปิ", "กรุงเทพฯ".
const PLACE_PREFIX = /^(จังหวัด|จ\.|อำเภอ|อ\.|เขต|ตำบล|ต\.|แขวง)\s*/;

function placeKey(text: string): string {
  const t = normalizeLabel(text).replace(PLACE_PREFIX, '');
  return t === 'กรุงเทพฯ' || t === 'กทม.' || t === 'กทม' ? 'กรุงเทพมหานคร' : t;
}

const PLACES: readonly FieldType[] = ['province', 'district', 'subdistrict'];
const TITLES: readonly FieldType[] = ['title', 'titleEn'];

/**
 * The option meaning `value`: by normalised text first, then the alternatives (ชาย/male/M), then title
 * abbreviations (น.ส. = นางสาว) or place prefixes (อ./เขต). Never by position. Null when nothing matches.
 */
export function findOption(
  select: HTMLSelectElement,
  value: FieldValue,
  type: FieldType,
): HTMLOptionElement | null {
  const options = Array.from(select.options).filter((o) => o.value !== '' || o.text.trim() !== '');
  const wanted = [value.text, ...value.alternatives].map(normalizeLabel);
  const byText = options.find((o) => wanted.includes(normalizeLabel(o.text)));
  if (byText) return byText;
  if (TITLES.includes(type)) {
    const title = options.find((o) => isSameTitle(o.text, value.text));
    if (title) return title;
  }
  if (PLACES.includes(type)) {
    const key = placeKey(value.text);
    const place = options.find((o) => placeKey(o.text) === key);
    if (place) return place;
  }
  return options.find((o) => o.value !== '' && wanted.includes(normalizeLabel(o.value))) ?? null;
}

/** The radio of a group whose label or value means `value`. */
export function findRadio(group: readonly HTMLInputElement[], value: FieldValue): HTMLInputElement | null {
  const wanted = [value.text, ...value.alternatives].map(normalizeLabel);
  return (
    group.find((r) =>
      Array.from(r.labels ?? []).some((l) => wanted.includes(normalizeLabel(l.textContent ?? ''))),
    ) ??
    group.find((r) => wanted.includes(normalizeLabel(r.value))) ??
    null
  );
}
