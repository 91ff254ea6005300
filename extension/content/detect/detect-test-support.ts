import { detectFields } from './detect-fields';

// Helpers of the detection tests written from corpus rounds (unseen-pages-*.test.ts).

type Fields = Record<string, ReturnType<typeof detectFields>[number]>;

/** Detects a page body and keys its fields by name (or id). */
export function detect(html: string): Fields {
  document.body.innerHTML = html;
  const fields = detectFields(document, new URL('https://example.go.th/'), []);
  return Object.fromEntries(fields.map((f) => [f.element.getAttribute('name') ?? f.element.id, f]));
}

/** One person's title, first name, last name and citizen ID boxes (t, f, l, c), each with its label. */
export const PERSON =
  `<label for="t">คำนำหน้า</label><select id="t" name="t"><option>นาย</option><option>นาง</option></select>` +
  `<label for="f">ชื่อ</label><input id="f" name="f"><label for="l">นามสกุล</label><input id="l" name="l">` +
  `<label for="c">เลขประจำตัวประชาชน</label><input id="c" name="c">`;

/** A Bootstrap-style column: a label for one box. */
export const box = (label: string, name: string) =>
  `<div class="col"><label for="${name}">${label}</label><input id="${name}" name="${name}"></div>`;

/** Whose each box is: the type where the holder's is filled, `type/other` for anyone else's, null for nothing. */
export function verdicts(fields: Fields, names: string[]): Array<string | null> {
  return names.map((n) => {
    const f = fields[n];
    if (!f?.type) return null;
    if (f.scope !== 'subject') return `${f.type}/other`;
    return f.confidence >= 0.7 ? f.type : null;
  });
}
