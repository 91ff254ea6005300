// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/load-profiles';
import { detectFields } from '../detect/detect-fields';
import { personSections, sectionChecks } from './person-sections';

const page = join(import.meta.dirname, '../../../tests/practice-site/public/forms/info09.html');

describe('INFO09 person sections', () => {
  it('finds the two administrator sections, each with its own position box, and checks only named ones', () => {
    document.body.innerHTML = readFileSync(page, 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const fields = detectFields(document, new URL('http://127.0.0.1/forms/info09.html'), bundledProfiles());
    const sections = personSections(fields);
    expect(sections.map((s) => [s.index, s.position?.element.id])).toEqual([
      [1, 'txtPosition1'],
      [2, 'txtPosition2'],
    ]);
    expect(sectionChecks(fields)).toEqual([]); // nobody named yet: nothing to say
    const set = (id: string, v: string) => {
      (document.getElementById(id) as HTMLInputElement).value = v;
    };
    set('txtName1', 'สมชาย');
    set('txtTel1', '๐๔๔ ๘๑๒ ๓๔๕'); // Thai digits and spaces are a phone number
    set('txtMobile1', 'ไม่มี');
    expect(sectionChecks(fields).map((i) => [i.field.element.id, i.code])).toEqual([
      ['txtPosition1', 'REQUIRED_EMPTY'],
      ['txtMobile1', 'PHONE_INVALID'],
    ]);
  });
});
