import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// Rules from the end of the sixth session's round (dev43 and after; docs/autofill.md). The earlier ones of the round
// are in unseen-pages-dev29.test.ts.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;

describe('the sixth session round, its last rules', () => {
  it("a record's next numbered item after the family's (7-8. after 6. มารดา) is the holder's again; a sub-item is not", () => {
    const fields = detect(
      `<form method="post"><table>${row('เลขประจำตัวประชาชน', 'pid')}</table>` +
        `<h4>6. มารดา</h4><table>${row('ชื่อ', 'mf')}</table><h4>6.1 ที่อยู่มารดา</h4><table>${row('ตำบล', 'ms')}</table>` +
        `<h4>7-8. การติดต่อ</h4><table>${row('โทรศัพท์มือถือ', 'mob')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['pid', 'mf', 'mob'])).toEqual(['citizenId', 'firstName/other', 'mobile']);
    expect(verdicts(fields, ['ms'])[0]).not.toBe('subdistrict');
  });

  it('a numbered section title over a box ("2. ที่อยู่ติดต่อ" over LINE ID) does not type it', () => {
    // (the corpus page where the item-number rule made a dangerous fill: dev36 is otherwise never read)
    const html = readFileSync(
      join(
        import.meta.dirname,
        '../../../tests/corpus/handwritten/dev36/dev36-06-university-application-tabs.html',
      ),
      'utf8',
    );
    const fields = detect(html.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, ''));
    expect(verdicts(fields, ['line_id'])).toEqual([null]);
  });
});
